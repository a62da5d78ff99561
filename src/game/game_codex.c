/* game_codex: the skill graph as a picture. One column per field, developer
 * skills above and engineer skills below; a filled square is a skill held, a
 * half-filled one a skill being learned (taught, not yet used right), a
 * hollow one a skill whose prerequisites are met, a dotted one a skill still
 * locked. Lines join a skill to what it requires. The rank and what the next
 * one needs head the screen; the chosen skill's card is at the bottom. A
 * mastered skill is gold with a dark heart, and the card says when its
 * questions come back for review. */
#include "game_codex.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CODEX_TOP 72
#define CODEX_ROW 8
#define CODEX_COL 48

const codex_field codex_fields[] = {
    {"web", "Web", "Web Development"},          {"data_science", "Data", "Data Science and ML"},
    {"web_scraping", "Scrape", "Web Scraping"}, {"cybersecurity", "Secure", "Cybersecurity"},
    {"ai_frameworks", "AI/ML", "AI and ML Frameworks"}, {"quantum", "Qubit", "Quantum Computing"},
    {"cryptography", "Crypto", "Cryptography"}, {"mentoring", "Mentor", "Mentoring and Teaching"},
    {"automation", "Script", "Automation and Scripting"}, {"game_dev", "Games", "Game Development"},
    {"apis", "APIs", "APIs and Microservices"}, {"iot", "IoT", "Internet of Things"},
    {"backend", "Roles", "Backend roles"},
};
#define CODEX_FIELDS ((int)(sizeof codex_fields / sizeof *codex_fields))
const int codex_field_count = CODEX_FIELDS;

static int codex_field_of(const char *field)
{
    for (int i = 0; i < CODEX_FIELDS; i++)
        if (strcmp(codex_fields[i].id, field) == 0) return i;
    return CODEX_FIELDS - 1;
}

static int codex_find(const game_codex *c, const char *id);

static void codex_layout(game_codex *c)
{
    int dev_row[CODEX_FIELDS] = {0}, eng_row[CODEX_FIELDS] = {0};
    for (int i = 0; i < c->count; i++) {
        int f = codex_field_of(c->skills[i].field);
        int *row = c->skills[i].engineer ? &eng_row[f] : &dev_row[f];
        int k = (*row)++;
        int x = 8 + f * CODEX_COL + (k % 2) * 16 + 8;
        int y = CODEX_TOP + 14 + (k / 2) * CODEX_ROW + (c->skills[i].engineer ? 84 : 0);
        c->nodes[i] = (codex_node){x, y, f, {0}};
    }
    /* Edges are resolved once here, not by name on every frame. */
    for (int i = 0; i < c->count; i++)
        for (int k = 0; k < SCR_SKILL_REQUIRES; k++)
            c->nodes[i].requires[k] =
                k < c->skills[i].require_count ? codex_find(c, c->skills[i].requires[k]) : -1;
}

/* Laid out the first time the codex opens, so drawing only reads it. */
game_codex *codex_get(game *g)
{
    if (!g->ui.codex) {
        g->ui.codex = calloc(1, sizeof *g->ui.codex);
        if (!g->ui.codex) return NULL;
        g->ui.codex->count = scr_catalogue_skills(g->catalogue, g->ui.codex->skills, CODEX_MAX);
        codex_layout(g->ui.codex);
    }
    return g->ui.codex;
}

void game_codex_free(game *g)
{
    free(g->ui.codex);
    g->ui.codex = NULL;
}

static int codex_find(const game_codex *c, const char *id)
{
    for (int i = 0; i < c->count; i++)
        if (strcmp(c->skills[i].id, id) == 0) return i;
    return -1;
}

bool codex_ready(const game *g, const scr_skill_info *s)
{
    for (int k = 0; k < s->require_count; k++)
        if (!game_has_skill(g, s->requires[k])) return false;
    return true;
}

/* The chosen skill: its state in words, what it still needs, its card. */
static void codex_card_text(const game *g, const game_codex *c, char *title, size_t title_size,
                            char *needs, size_t needs_size)
{
    const scr_skill_info *sel = &c->skills[c->cursor];
    const codex_node *cn = &c->nodes[c->cursor];
    char review[80] = "held";
    const sav_skill *st = game_skill_find(g, sel->id);
    if (game_has_skill(g, sel->id) && st && st->right + st->wrong > 0) {
        /* When its questions come back: spaced review in words. */
        int32_t days = st->due_day - g->progress.today;
        char when[32];
        if (days <= 0) snprintf(when, sizeof when, "due now");
        else if (days == 1) snprintf(when, sizeof when, "tomorrow");
        else snprintf(when, sizeof when, "in %d days", (int)days);
        snprintf(review, sizeof review, "%s, review %s",
                 game_skill_mastered(g, sel->id) ? "mastered" : "held", when);
    }
    const char *state = game_has_skill(g, sel->id)        ? review
                        : game_skill_learning(g, sel->id) ? "learning: answer one of its questions to hold it"
                        : codex_ready(g, sel)             ? "ready to learn"
                                                          : "locked";
    snprintf(title, title_size, "%s  (%s, %s side: %s)", sel->name, codex_fields[cn->field].name,
             sel->engineer ? "engineer" : "developer", state);
    needs[0] = '\0';
    if (!game_skill_taught(g, sel->id) && !codex_ready(g, sel)) {
        snprintf(needs, needs_size, "Needs first:");
        for (int k = 0; k < sel->require_count; k++)
            if (!game_has_skill(g, sel->requires[k])) {
                int r = cn->requires[k];
                strncat(needs, needs[strlen(needs) - 1] == ':' ? " " : ", ", needs_size - strlen(needs) - 1);
                strncat(needs, r >= 0 ? c->skills[r].name : sel->requires[k], needs_size - strlen(needs) - 1);
            }
    }
}

#define CODEX_CARD_INNER (REN_LOGICAL_W - 12 - 20)

static ren_rect codex_card_panel(const game *g, game_painter *p, const game_codex *c, int *title_lines,
                                 int *needs_lines, char *title, char *needs)
{
    int lh = txt_line_height(p->font);
    codex_card_text(g, c, title, 300, needs, 200);
    *title_lines = txt_count_lines(p->font, title, CODEX_CARD_INNER);
    *needs_lines = needs[0] ? txt_count_lines(p->font, needs, CODEX_CARD_INNER) : 0;
    int card_lines = txt_count_lines(p->font, c->skills[c->cursor].card, CODEX_CARD_INNER);
    int panel_h = 6 + lh * (*title_lines + *needs_lines + card_lines);
    panel_h = panel_h > 126 ? panel_h + 8 : 126;
    if (panel_h > REN_LOGICAL_H - 12) panel_h = REN_LOGICAL_H - 12;
    return (ren_rect){6, REN_LOGICAL_H - 6 - panel_h, REN_LOGICAL_W - 12, panel_h};
}

int codex_card_top(const game *g, game_painter *p, const game_codex *c)
{
    char title[300], needs[200];
    int tl, nl;
    return codex_card_panel(g, p, c, &tl, &nl, title, needs).y;
}

void codex_draw_card(const game *g, game_painter *p, const game_codex *c)
{
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {150, 160, 185, 255};
    char title[300], needs[200];
    int title_lines, needs_lines, lh = txt_line_height(p->font);
    ren_rect panel = codex_card_panel(g, p, c, &title_lines, &needs_lines, title, needs);
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), panel, 8);
    int py = panel.y + 6;
    txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, py, CODEX_CARD_INNER, lh * title_lines}, title, accent);
    py += lh * title_lines;
    if (needs_lines) {
        txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, py, CODEX_CARD_INNER, lh * needs_lines}, needs, dim);
        py += lh * needs_lines;
    }
    txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, py, CODEX_CARD_INNER, panel.y + panel.h - py},
                     c->skills[c->cursor].card, text);
}

void codex_draw_box(const game *g, game_painter *p, const scr_skill_info *s, int x, int y)
{
    static const ren_color text = {240, 240, 232, 255}, dim = {150, 160, 185, 255},
                           held = {140, 230, 160, 255}, strong = {255, 214, 102, 255},
                           backdrop = {20, 22, 36, 255};
    ren_rect box = {x - 3, y - 3, 7, 7};
    if (game_skill_mastered(g, s->id)) {
        /* Mastered: gold with a dark heart, told from held by shape too. */
        ren_fill_rect(p->ren, box, strong);
        ren_outline_rect(p->ren, box, text);
        ren_fill_rect(p->ren, (ren_rect){x - 1, y - 1, 3, 3}, backdrop);
    } else if (game_has_skill(g, s->id)) {
        ren_fill_rect(p->ren, box, held);
        ren_outline_rect(p->ren, box, text);
    } else if (game_skill_learning(g, s->id)) {
        /* Learning: half filled, told from held by shape too. */
        ren_fill_rect(p->ren, (ren_rect){box.x, box.y + 4, box.w, 3}, held);
        ren_outline_rect(p->ren, box, text);
    } else if (codex_ready(g, s)) {
        ren_outline_rect(p->ren, box, text);
    } else {
        ren_fill_rect(p->ren, (ren_rect){x, y, 1, 1}, dim); /* locked: a dot */
        ren_outline_rect(p->ren, box, (ren_color){90, 100, 130, 255});
    }
}

/* The nearest node in a direction, for arrow-key moves across the picture. */
static int codex_step(const game_codex *c, int from, int dx, int dy)
{
    const codex_node *a = &c->nodes[from];
    int best = from;
    long best_d = 0;
    for (int i = 0; i < c->count; i++) {
        const codex_node *b = &c->nodes[i];
        int ddx = b->x - a->x, ddy = b->y - a->y;
        if (dx && (ddx * dx <= 0)) continue;
        if (dy && (ddy * dy <= 0)) continue;
        /* Along the asked direction counts less than across it. */
        long d = dx ? (long)abs(ddx) + 4L * abs(ddy) : (long)abs(ddy) + 4L * abs(ddx);
        if (best == from || d < best_d) best = i, best_d = d;
    }
    return best;
}

static void codex_tick(game *g, game_screen *s, const in_frame *in)
{
    game_codex *c = codex_get(g);
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        game_sound(g, "cancel");
        game_screen_close(g, s);
        return;
    }
    if (!c || c->count == 0) return;
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        /* The chosen skill's field, as a page of names. */
        game_sound(g, "confirm");
        game_screen_push(g, &game_codex_field_ops, 0, NULL);
        return;
    }
    int to = c->cursor;
    if (in->pressed & IN_BIT(IN_LEFT)) to = codex_step(c, c->cursor, -1, 0);
    if (in->pressed & IN_BIT(IN_RIGHT)) to = codex_step(c, c->cursor, 1, 0);
    if (in->pressed & IN_BIT(IN_UP)) to = codex_step(c, c->cursor, 0, -1);
    if (in->pressed & IN_BIT(IN_DOWN)) to = codex_step(c, c->cursor, 0, 1);
    if (to != c->cursor) {
        c->cursor = to;
        game_sound(g, "cursor");
    }
}

/* The keys in the help line are the player's own, remapped or not. */
static void codex_help(const game *g, char *out, size_t size)
{
    char back[40], k[4][40];
    static const in_action dirs[4] = {IN_UP, IN_DOWN, IN_LEFT, IN_RIGHT};
    static const char *const arrows[4] = {"Up", "Down", "Left", "Right"};
    bool all_arrows = true;
    for (int i = 0; i < 4; i++) {
        game_key_label(g, dirs[i], false, k[i], sizeof k[i]);
        all_arrows &= game_key_bound(g, dirs[i], false, arrows[i]);
    }
    char open[40];
    game_key_label(g, IN_CANCEL, false, back, sizeof back);
    game_key_label(g, IN_CONFIRM, false, open, sizeof open);
    if (all_arrows)
        snprintf(out, size, "Arrows: move   %s: field   %s: back", open, back);
    else
        /* Key names are short; the bound only keeps the line within its buffer. */
        snprintf(out, size, "%.24s/%.24s/%.24s/%.24s: move   %.24s: field   %.24s: back", k[0], k[1], k[2],
                 k[3], open, back);
}

/* Where the overview's parts go at the player's text size: the header
 * takes the room its words need, and the graph goes where it leaves it
 * (dy: how far it moved). The same for drawing and for clicks. */
typedef struct {
    char rank[200], next[400], help[256];
    int rank_x, rank_lines, help_x, help_y, next_y, next_lines, labels_y, stagger, graph_top, dy;
    txt_line next_wrap[8];
} codex_head;

static void codex_place(const game *g, game_painter *p, const game_codex *c, codex_head *hd)
{
    int lh = txt_line_height(p->font);
    char rank[200], next[400];
    snprintf(rank, sizeof rank, "Rank: %s, %d mastered", g->progress.rank.title ? g->progress.rank.title : "",
             game_mastered_count(g));
    game_rank_needs(g, next, sizeof next);
    char help[256];
    codex_help(g, help, sizeof help);
    int help_w = txt_measure(p->font, help, strlen(help)), help_x = REN_LOGICAL_W - 10 - help_w;
    int rank_x = 10 + txt_measure(p->font, "Codex", 5) + 24;
    if (rank_x < 80) rank_x = 80;
    int rank_w = txt_measure(p->font, rank, strlen(rank));
    int rank_lines = rank_x + rank_w <= REN_LOGICAL_W - 10
                         ? 1
                         : txt_count_lines(p->font, rank, REN_LOGICAL_W - 10 - rank_x);
    bool help_first = rank_lines == 1 && rank_x + rank_w + 16 <= help_x;
    if (!help_first && rank_lines == 1) {
        /* Larger text: the way back matters most; arrows move as anywhere. */
        char back[40], open[40];
        snprintf(help, sizeof help, "%s: field   %s: back",
                 game_key_label(g, IN_CONFIRM, false, open, sizeof open),
                 game_key_label(g, IN_CANCEL, false, back, sizeof back));
        help_w = txt_measure(p->font, help, strlen(help));
        help_x = REN_LOGICAL_W - 10 - help_w;
        help_first = rank_x + rank_w + 16 <= help_x;
        if (!help_first) codex_help(g, help, sizeof help);
        help_w = txt_measure(p->font, help, strlen(help));
        help_x = REN_LOGICAL_W - 10 - help_w;
    }
    int next_y = 6 + lh * rank_lines;
    txt_line next_wrap[8];
    int next_lines = txt_wrap_font(p->font, next, REN_LOGICAL_W - 20, next_wrap, 8);
    if (next_lines > 8) next_lines = 8;
    int y = next_y + lh * next_lines, help_y = 6;
    if (!help_first) {
        /* No room beside the rank: beside the last line of the next rank, or below it. */
        const txt_line *last = &next_wrap[next_lines - 1];
        if (10 + txt_measure(p->font, next + last->start, last->len) + 16 <= help_x) {
            help_y = y - lh;
        } else {
            help_y = y;
            y += lh;
        }
    }
    int labels_y = y, widest = 0;
    for (int f = 0; f < CODEX_FIELDS; f++) {
        const char *h = codex_fields[f].short_name;
        int w = txt_measure(p->font, h, strlen(h));
        if (w > widest) widest = w;
    }
    /* Staggered on two rows: six letters do not fit a column side by side.
     * Names wider than a column overlap their neighbours' unless the rows
     * are a whole line apart. */
    int stagger = widest <= CODEX_COL ? 12 : lh;
    int graph_top = labels_y + stagger + lh + 5;
    int dy = graph_top - (CODEX_TOP + 11); /* 0 at the normal text size */

    const scr_skill_info *sel = c && c->count ? &c->skills[c->cursor] : NULL;
    const codex_node *cn = sel ? &c->nodes[c->cursor] : NULL;
    ren_rect panel = {0, sel ? codex_card_top(g, p, c) : REN_LOGICAL_H, 0, 0};
    /* Keep the chosen skill in sight: the graph slides up under the header
     * when the card would cover it. */
    if (cn && cn->y + dy + 8 > panel.y - 2) dy -= cn->y + dy + 8 - (panel.y - 2);
    memcpy(hd->rank, rank, sizeof rank);
    memcpy(hd->next, next, sizeof next);
    memcpy(hd->help, help, sizeof help);
    memcpy(hd->next_wrap, next_wrap, sizeof next_wrap);
    hd->rank_x = rank_x, hd->rank_lines = rank_lines, hd->help_x = help_x, hd->help_y = help_y;
    hd->next_y = next_y, hd->next_lines = next_lines, hd->labels_y = labels_y, hd->stagger = stagger;
    hd->graph_top = graph_top, hd->dy = dy;
}

static void codex_draw(const game *g, const game_screen *s, game_painter *p)
{
    (void)s;
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {150, 160, 185, 255},
                           edge = {120, 140, 190, 60}, strong = {255, 214, 102, 255},
                           backdrop = {20, 22, 36, 255};
    ren_begin(p->ren, backdrop);
    const game_codex *c = g->ui.codex;
    int lh = txt_line_height(p->font);
    /* Everything is measured first: the header, the field names and the
     * card take the room their words need at the player's text size, and
     * the graph goes where they leave it. */
    codex_head hd;
    codex_place(g, p, c, &hd);
    const char *rank = hd.rank, *next = hd.next, *help = hd.help;
    int rank_x = hd.rank_x, rank_lines = hd.rank_lines, help_x = hd.help_x, help_y = hd.help_y;
    int next_y = hd.next_y, next_lines = hd.next_lines, labels_y = hd.labels_y, stagger = hd.stagger;
    int graph_top = hd.graph_top, dy = hd.dy;
    const txt_line *next_wrap = hd.next_wrap;
    const scr_skill_info *sel = c && c->count ? &c->skills[c->cursor] : NULL;
    const codex_node *cn = sel ? &c->nodes[c->cursor] : NULL;

    ren_fill_rect(p->ren, (ren_rect){8, CODEX_TOP + 90 + dy, REN_LOGICAL_W - 16, 1},
                  (ren_color){80, 90, 120, 255});
    if (sel) {
        /* Prerequisites as edges: faint for all, bright for the chosen skill. */
        for (int i = 0; i < c->count; i++)
            for (int k = 0; k < c->skills[i].require_count; k++) {
                int r = c->nodes[i].requires[k];
                if (r < 0) continue;
                bool lit = i == c->cursor || r == c->cursor;
                ren_draw_line(p->ren, c->nodes[r].x, c->nodes[r].y + dy, c->nodes[i].x,
                              c->nodes[i].y + dy, lit ? strong : edge);
            }
        for (int i = 0; i < c->count; i++)
            codex_draw_box(g, p, &c->skills[i], c->nodes[i].x, c->nodes[i].y + dy);
        ren_outline_rect(p->ren, (ren_rect){cn->x - 5, cn->y + dy - 5, 11, 11}, strong);
    }
    /* The header over whatever of the graph slid under it. */
    if (dy < graph_top - (CODEX_TOP + 11))
        ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, graph_top - 4}, backdrop);
    txt_draw(p->font, 10, 6, "Codex", 5, accent);
    txt_draw_wrapped(p->font, (ren_rect){rank_x, 6, REN_LOGICAL_W - 10 - rank_x, lh * rank_lines},
                     rank, text);
    for (int i = 0; i < next_lines; i++)
        txt_draw(p->font, 10, next_y + i * lh, next + next_wrap[i].start, next_wrap[i].len, dim);
    txt_draw(p->font, help_x, help_y, help, strlen(help), dim);
    for (int f = 0; f < CODEX_FIELDS; f++) {
        const char *h = codex_fields[f].short_name;
        int w = txt_measure(p->font, h, strlen(h));
        txt_draw(p->font, 8 + f * CODEX_COL + (CODEX_COL - w) / 2, labels_y + (f % 2) * stagger, h,
                 strlen(h), dim);
    }
    if (sel) codex_draw_card(g, p, c);
}

/* A click near a skill's box chooses it; on the chosen one, opens its field.
 * The overview's picture slides with the text size; a click is matched to
 * the nearest box within a few pixels, wherever the header put the graph. */
static uint32_t codex_click(game *g, game_screen *s, int x, int y)
{
    (void)s;
    game_codex *c = codex_get(g);
    if (!c || c->count == 0) return 0;
    if (!g->ui.have_measure) return 0;
    codex_head hd;
    codex_place(g, &g->ui.measure, c, &hd);
    int best = -1, best_d = 0, dy = hd.dy;
    for (int i = 0; i < c->count; i++) {
        int d = abs(c->nodes[i].x - x) + abs(c->nodes[i].y + dy - y);
        if (d <= 6 && (best < 0 || d < best_d)) best = i, best_d = d;
    }
    if (best < 0) return 0;
    if (best == c->cursor) return IN_BIT(IN_CONFIRM);
    c->cursor = best;
    game_sound(g, "cursor");
    return 0;
}

const game_screen_ops game_codex_ops = {
    .name = "codex", .pauses_level = true, .opaque = true, .tick = codex_tick, .draw = codex_draw,
    .click = codex_click,
};

void game_codex_open(game *g)
{
    if (codex_get(g)) game_screen_push(g, &game_codex_ops, 0, NULL);
}
