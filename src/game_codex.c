/* game_codex: the skill graph as a picture. One column per field, developer
 * skills above and engineer skills below; a filled square is a skill held, a
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

static game_codex *codex_get(game *g)
{
    if (!g->codex) {
        g->codex = calloc(1, sizeof *g->codex);
        if (!g->codex) return NULL;
        g->codex->count = scr_catalogue_skills(g->catalogue, g->codex->skills, CODEX_MAX);
        codex_layout(g->codex);
    }
    return g->codex;
}

void game_codex_free(game *g)
{
    free(g->codex);
    g->codex = NULL;
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

void game_codex_tick(game *g, const in_frame *in)
{
    game_codex *c = codex_get(g);
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU) | IN_BIT(IN_CONFIRM))) {
        game_sound(g, "cancel");
        g->menu = MENU_PAUSE;
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

void game_codex_draw(game *g, game_painter *p)
{
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {150, 160, 185, 255}, held = {140, 230, 160, 255},
                           edge = {120, 140, 190, 60}, strong = {255, 214, 102, 255};
    ren_begin(p->ren, (ren_color){20, 22, 36, 255});
    game_codex *c = codex_get(g);
    txt_draw(p->font, 10, 6, "Codex", 5, accent);
    char line[200];
    snprintf(line, sizeof line, "Rank: %s, %d mastered", g->rank.title ? g->rank.title : "",
             game_mastered_count(g));
    txt_draw(p->font, 80, 6, line, strlen(line), text);
    if (g->rank.next_title) {
        char needs[160] = "";
        size_t used = 0;
        if (g->rank.need_developer)
            used += (size_t)snprintf(needs + used, sizeof needs - used, "%d more developer skills",
                                     g->rank.need_developer);
        if (g->rank.need_engineer && used < sizeof needs)
            used += (size_t)snprintf(needs + used, sizeof needs - used, "%s%d more engineer skills",
                                     used ? ", " : "", g->rank.need_engineer);
        if (g->rank.need_mastered && used < sizeof needs)
            snprintf(needs + used, sizeof needs - used, "%s%d mastered", used ? ", " : "",
                     g->rank.need_mastered);
        snprintf(line, sizeof line, "Next: %s needs %s", g->rank.next_title, needs);
    } else {
        snprintf(line, sizeof line, "The top rank: the architect who draws the blueprint.");
    }
    txt_draw(p->font, 10, 26, line, strlen(line), dim);
    for (int f = 0; f < CODEX_FIELDS; f++) {
        const char *h = codex_fields[f].short_name;
        int w = txt_measure(p->font, h, strlen(h));
        /* Staggered on two rows: six letters do not fit a column side by side. */
        txt_draw(p->font, 8 + f * CODEX_COL + (CODEX_COL - w) / 2, CODEX_TOP - 26 + (f % 2) * 12, h,
                 strlen(h), dim);
    }
    ren_fill_rect(p->ren, (ren_rect){8, CODEX_TOP + 90, REN_LOGICAL_W - 16, 1}, (ren_color){80, 90, 120, 255});
    if (!c || c->count == 0) return;
    const scr_skill_info *sel = &c->skills[c->cursor];
    /* Prerequisites as edges: faint for all, bright for the chosen skill. */
    for (int i = 0; i < c->count; i++)
        for (int k = 0; k < c->skills[i].require_count; k++) {
            int r = c->nodes[i].requires[k];
            if (r < 0) continue;
            bool lit = i == c->cursor || r == c->cursor;
            ren_draw_line(p->ren, c->nodes[r].x, c->nodes[r].y, c->nodes[i].x, c->nodes[i].y,
                          lit ? strong : edge);
        }
    for (int i = 0; i < c->count; i++) {
        const codex_node *n = &c->nodes[i];
        ren_rect box = {n->x - 3, n->y - 3, 7, 7};
        if (game_skill_mastered(g, c->skills[i].id)) {
            /* Mastered: gold with a dark heart, told from held by shape too. */
            ren_fill_rect(p->ren, box, strong);
            ren_outline_rect(p->ren, box, text);
            ren_fill_rect(p->ren, (ren_rect){n->x - 1, n->y - 1, 3, 3}, (ren_color){20, 22, 36, 255});
        } else if (game_has_skill(g, c->skills[i].id)) {
            ren_fill_rect(p->ren, box, held);
            ren_outline_rect(p->ren, box, text);
        } else if (codex_ready(g, &c->skills[i])) {
            ren_outline_rect(p->ren, box, text);
        } else {
            ren_fill_rect(p->ren, (ren_rect){n->x, n->y, 1, 1}, dim); /* locked: a dot */
            ren_outline_rect(p->ren, box, (ren_color){90, 100, 130, 255});
        }
    }
    const codex_node *cn = &c->nodes[c->cursor];
    ren_outline_rect(p->ren, (ren_rect){cn->x - 5, cn->y - 5, 11, 11}, strong);
    /* The chosen skill: its state in words, then its card. */
    ren_rect panel = {6, 228, REN_LOGICAL_W - 12, 126};
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), panel, 8);
    char review[80] = "held";
    const sav_skill *st = NULL;
    for (int i = 0; i < g->loaded.skill_count; i++)
        if (strcmp(g->loaded.skills[i].id, sel->id) == 0) st = &g->loaded.skills[i];
    if (game_has_skill(g, sel->id) && st && st->right + st->wrong > 0) {
        /* When its questions come back: spaced review in words. */
        int32_t days = st->due_day - g->today;
        char when[32];
        if (days <= 0) snprintf(when, sizeof when, "due now");
        else if (days == 1) snprintf(when, sizeof when, "tomorrow");
        else snprintf(when, sizeof when, "in %d days", (int)days);
        snprintf(review, sizeof review, "%s, review %s",
                 game_skill_mastered(g, sel->id) ? "mastered" : "held", when);
    }
    const char *state = game_has_skill(g, sel->id)   ? review
                        : codex_ready(g, sel)        ? "ready to learn"
                                                     : "locked";
    snprintf(line, sizeof line, "%s  (%s, %s side: %s)", sel->name,
             codex_fields[cn->field].name, sel->engineer ? "engineer" : "developer", state);
    txt_draw(p->font, panel.x + 10, panel.y + 6, line, strlen(line), accent);
    if (!game_has_skill(g, sel->id) && !codex_ready(g, sel)) {
        char needs[200] = "Needs first:";
        for (int k = 0; k < sel->require_count; k++)
            if (!game_has_skill(g, sel->requires[k])) {
                int r = c->nodes[c->cursor].requires[k];
                strncat(needs, needs[strlen(needs) - 1] == ':' ? " " : ", ",
                        sizeof needs - strlen(needs) - 1);
                strncat(needs, r >= 0 ? c->skills[r].name : sel->requires[k],
                        sizeof needs - strlen(needs) - 1);
            }
        txt_draw(p->font, panel.x + 10, panel.y + 26, needs, strlen(needs), dim);
        txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, panel.y + 46, panel.w - 20, 80}, sel->card,
                         text);
    } else {
        txt_draw_wrapped(p->font, (ren_rect){panel.x + 10, panel.y + 26, panel.w - 20, 96}, sel->card,
                         text);
    }
    const char *help = "Arrows: move   Esc: back";
    txt_draw(p->font, REN_LOGICAL_W - 10 - txt_measure(p->font, help, strlen(help)), 6, help,
             strlen(help), dim);
}
