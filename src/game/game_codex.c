/* game_codex: the skill graph as a picture. One column per field, developer
 * skills above and engineer skills below; a filled square is a skill held, a
 * half-filled one a skill being learned (taught, not yet used right), a
 * hollow one a skill whose prerequisites are met, a dotted one a skill still
 * locked. Lines join a skill to what it requires. The rank and what the next
 * one needs head the screen; the chosen skill's card is at the bottom. A
 * mastered skill is gold with a dark heart, and the card says when its
 * questions come back for review. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CODEX_MAX 512
#define CODEX_TOP 72
#define CODEX_ROW 8
#define CODEX_COL 48

static const struct {
    const char *id, *short_name, *name;
} codex_fields[] = {
    {"web", "Web", "Web Development"},          {"data_science", "Data", "Data Science and ML"},
    {"web_scraping", "Scrape", "Web Scraping"}, {"cybersecurity", "Secure", "Cybersecurity"},
    {"ai_frameworks", "AI/ML", "AI and ML Frameworks"}, {"quantum", "Qubit", "Quantum Computing"},
    {"cryptography", "Crypto", "Cryptography"}, {"mentoring", "Mentor", "Mentoring and Teaching"},
    {"automation", "Script", "Automation and Scripting"}, {"game_dev", "Games", "Game Development"},
    {"apis", "APIs", "APIs and Microservices"}, {"iot", "IoT", "Internet of Things"},
    {"backend", "Roles", "Backend roles"},
};
#define CODEX_FIELDS ((int)(sizeof codex_fields / sizeof *codex_fields))

typedef struct {
    int x, y;  /* node centre on screen */
    int field; /* column */
    int requires[SCR_SKILL_REQUIRES]; /* indices of the prerequisites; -1 when not in the catalogue */
} codex_node;

struct game_codex {
    scr_skill_info skills[CODEX_MAX];
    codex_node nodes[CODEX_MAX];
    int count;
    int cursor;
};

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
static game_codex *codex_get(game *g)
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

static bool codex_ready(const game *g, const scr_skill_info *s)
{
    for (int k = 0; k < s->require_count; k++)
        if (!game_has_skill(g, s->requires[k])) return false;
    return true;
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
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU) | IN_BIT(IN_CONFIRM))) {
        game_sound(g, "cancel");
        game_screen_close(g, s);
        return;
    }
    if (!c || c->count == 0) return;
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
    game_key_label(g, IN_CANCEL, false, back, sizeof back);
    if (all_arrows)
        snprintf(out, size, "Arrows: move   %s: back", back);
    else
        snprintf(out, size, "%s/%s/%s/%s: move   %s: back", k[0], k[1], k[2], k[3], back);
}

static void codex_draw(const game *g, const game_screen *s, game_painter *p)
{
    (void)s;
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {150, 160, 185, 255}, held = {140, 230, 160, 255},
                           edge = {120, 140, 190, 60}, strong = {255, 214, 102, 255},
                           backdrop = {20, 22, 36, 255};
    ren_begin(p->ren, backdrop);
    const game_codex *c = g->ui.codex;
    int lh = txt_line_height(p->font);
    /* Everything is measured first: the header, the field names and the
     * card take the room their words need at the player's text size, and
     * the graph goes where they leave it. */
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
        char back[40];
        snprintf(help, sizeof help, "%s: back",
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

    /* The chosen skill: its state in words, then its card, in a panel as
     * tall as they need. */
    const scr_skill_info *sel = c && c->count ? &c->skills[c->cursor] : NULL;
    const codex_node *cn = sel ? &c->nodes[c->cursor] : NULL;
    char title[300] = "", needs[200] = "";
    if (sel) {
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
        snprintf(title, sizeof title, "%s  (%s, %s side: %s)", sel->name,
                 codex_fields[cn->field].name, sel->engineer ? "engineer" : "developer", state);
        if (!game_skill_taught(g, sel->id) && !codex_ready(g, sel)) {
            snprintf(needs, sizeof needs, "Needs first:");
            for (int k = 0; k < sel->require_count; k++)
                if (!game_has_skill(g, sel->requires[k])) {
                    int r = cn->requires[k];
                    strncat(needs, needs[strlen(needs) - 1] == ':' ? " " : ", ",
                            sizeof needs - strlen(needs) - 1);
                    strncat(needs, r >= 0 ? c->skills[r].name : sel->requires[k],
                            sizeof needs - strlen(needs) - 1);
                }
        }
    }
    int inner = REN_LOGICAL_W - 12 - 20;
    int title_lines = sel ? txt_count_lines(p->font, title, inner) : 0;
    int needs_lines = needs[0] ? txt_count_lines(p->font, needs, inner) : 0;
    int card_lines = sel ? txt_count_lines(p->font, sel->card, inner) : 0;
    int panel_h = 6 + lh * (title_lines + needs_lines + card_lines);
    panel_h = panel_h > 126 ? panel_h + 8 : 126;
    if (panel_h > REN_LOGICAL_H - 12) panel_h = REN_LOGICAL_H - 12;
    ren_rect panel = {6, REN_LOGICAL_H - 6 - panel_h, REN_LOGICAL_W - 12, panel_h};
    /* Keep the chosen skill in sight: the graph slides up under the header
     * when the card would cover it. */
    if (cn && cn->y + dy + 8 > panel.y - 2) dy -= cn->y + dy + 8 - (panel.y - 2);

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
        for (int i = 0; i < c->count; i++) {
            const codex_node *n = &c->nodes[i];
            int ny = n->y + dy;
            ren_rect box = {n->x - 3, ny - 3, 7, 7};
            if (game_skill_mastered(g, c->skills[i].id)) {
                /* Mastered: gold with a dark heart, told from held by shape too. */
                ren_fill_rect(p->ren, box, strong);
                ren_outline_rect(p->ren, box, text);
                ren_fill_rect(p->ren, (ren_rect){n->x - 1, ny - 1, 3, 3}, backdrop);
            } else if (game_has_skill(g, c->skills[i].id)) {
                ren_fill_rect(p->ren, box, held);
                ren_outline_rect(p->ren, box, text);
            } else if (game_skill_learning(g, c->skills[i].id)) {
                /* Learning: half filled, told from held by shape too. */
                ren_fill_rect(p->ren, (ren_rect){box.x, box.y + 4, box.w, 3}, held);
                ren_outline_rect(p->ren, box, text);
            } else if (codex_ready(g, &c->skills[i])) {
                ren_outline_rect(p->ren, box, text);
            } else {
                ren_fill_rect(p->ren, (ren_rect){n->x, ny, 1, 1}, dim); /* locked: a dot */
                ren_outline_rect(p->ren, box, (ren_color){90, 100, 130, 255});
            }
        }
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
    if (!sel) return;
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), panel, 8);
    int py = panel.y + 6;
    txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, py, inner, lh * title_lines}, title, accent);
    py += lh * title_lines;
    if (needs_lines) {
        txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, py, inner, lh * needs_lines}, needs,
                         dim);
        py += lh * needs_lines;
    }
    txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, py, inner, panel.y + panel.h - py},
                     sel->card, text);
}

const game_screen_ops game_codex_ops = {
    .name = "codex", .pauses_level = true, .opaque = true, .tick = codex_tick, .draw = codex_draw,
};

void game_codex_open(game *g)
{
    if (codex_get(g)) game_screen_push(g, &game_codex_ops, 0, NULL);
}
