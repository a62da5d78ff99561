/* game_codex_field: one field of the codex as a page a player can read. Its
 * skills are listed by name, developer side then engineer side, each under
 * the skill of the field it builds on (a tree: the line joins a skill to
 * that prerequisite), with the prerequisites from elsewhere named after it.
 * The box beside each name shows its state as in the overview, and the
 * chosen skill's card is at the bottom. Left and Right turn to the next
 * field, Up and Down choose a skill, Esc goes back to the overview. */
#include "game_codex.h"

#include <stdio.h>
#include <string.h>

#define FIELD_MAX_ROWS (CODEX_MAX + 2)
#define FIELD_INDENT 14
#define FIELD_MAX_DEPTH 4

typedef struct {
    int skill;   /* catalogue index; -1: a side's heading */
    int depth;   /* how far it is indented */
    int parent;  /* the row of the prerequisite its line joins, or -1 */
    bool engineer;
} field_row;

typedef struct {
    field_row rows[FIELD_MAX_ROWS];
    int count;
} field_page;

static bool field_same_side(const game_codex *c, int a, int b)
{
    return c->nodes[a].field == c->nodes[b].field && c->skills[a].engineer == c->skills[b].engineer;
}

/* The prerequisite a skill hangs under: the deepest one on its own side of
 * its own field (the catalogue lists prerequisites before what needs them). */
static int field_depth(const game_codex *c, int skill, int *primary, int guard)
{
    int depth = 0;
    *primary = -1;
    if (guard > FIELD_MAX_DEPTH * 4) return 0; /* a cycle in a pack's cards: stop */
    for (int k = 0; k < c->skills[skill].require_count; k++) {
        int r = c->nodes[skill].requires[k], ignored;
        if (r < 0 || !field_same_side(c, r, skill)) continue;
        int d = 1 + field_depth(c, r, &ignored, guard + 1);
        if (*primary < 0 || d > depth) depth = d, *primary = r;
    }
    return depth;
}

static void field_emit(const game_codex *c, field_page *pg, int skill, int parent_row, int depth,
                       int guard)
{
    if (pg->count >= FIELD_MAX_ROWS || guard > FIELD_MAX_DEPTH * 4) return;
    int row = pg->count++;
    pg->rows[row] = (field_row){skill, depth < FIELD_MAX_DEPTH ? depth : FIELD_MAX_DEPTH, parent_row,
                                c->skills[skill].engineer};
    for (int i = 0; i < c->count; i++) {
        int primary;
        if (i == skill || !field_same_side(c, i, skill)) continue;
        field_depth(c, i, &primary, 0);
        if (primary == skill) field_emit(c, pg, i, row, depth + 1, guard + 1);
    }
}

/* The page of field f: each side's heading, then its skills as a tree. */
static void field_build(const game_codex *c, int f, field_page *pg)
{
    pg->count = 0;
    for (int side = 0; side < 2; side++) {
        bool any = false;
        for (int i = 0; i < c->count && !any; i++)
            any = c->nodes[i].field == f && c->skills[i].engineer == (side == 1);
        if (!any || pg->count >= FIELD_MAX_ROWS) continue;
        pg->rows[pg->count++] = (field_row){-1, 0, -1, side == 1};
        for (int i = 0; i < c->count; i++) {
            int primary;
            if (c->nodes[i].field != f || c->skills[i].engineer != (side == 1)) continue;
            if (field_depth(c, i, &primary, 0) == 0) field_emit(c, pg, i, -1, 0, 0);
        }
    }
}

static int field_row_of(const field_page *pg, int skill)
{
    for (int r = 0; r < pg->count; r++)
        if (pg->rows[r].skill == skill) return r;
    return -1;
}

static int field_first_skill(const field_page *pg)
{
    for (int r = 0; r < pg->count; r++)
        if (pg->rows[r].skill >= 0) return pg->rows[r].skill;
    return -1;
}

/* The next field, either way, that has skills: the cursor goes to its first. */
static void field_turn(game_codex *c, int dir)
{
    int f = c->nodes[c->cursor].field;
    for (int step = 0; step < codex_field_count; step++) {
        f = (f + dir + codex_field_count) % codex_field_count;
        field_page pg;
        field_build(c, f, &pg);
        int first = field_first_skill(&pg);
        if (first >= 0) {
            c->cursor = first;
            return;
        }
    }
}

/* Where things go, from the text size: the same for drawing and clicks. */
typedef struct {
    int lh, header_h, list_top, row_h, visible, first, card_top;
} field_layout;

static field_layout field_place(const game *g, game_painter *p, const game_codex *c, const field_page *pg)
{
    field_layout l;
    l.lh = txt_line_height(p->font);
    l.header_h = 6 + 2 * l.lh + 4;
    l.list_top = l.header_h + 2;
    l.row_h = l.lh + 2;
    l.card_top = codex_card_top(g, p, c);
    l.visible = (l.card_top - 4 - l.list_top) / l.row_h;
    if (l.visible < 1) l.visible = 1;
    /* No scroll state: the chosen row is kept in the middle when the list is long. */
    int at = field_row_of(pg, c->cursor);
    l.first = at - l.visible / 2;
    if (l.first > pg->count - l.visible) l.first = pg->count - l.visible;
    if (l.first < 0) l.first = 0;
    return l;
}

static void field_move(game *g, game_codex *c, int dir)
{
    field_page pg;
    field_build(c, c->nodes[c->cursor].field, &pg);
    int r = field_row_of(&pg, c->cursor);
    for (int k = r + dir; k >= 0 && k < pg.count; k += dir)
        if (pg.rows[k].skill >= 0) {
            c->cursor = pg.rows[k].skill;
            game_sound(g, "cursor");
            return;
        }
}

static void field_tick(game *g, game_screen *s, const in_frame *in)
{
    game_codex *c = codex_get(g);
    if (!c || c->count == 0 || (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU) | IN_BIT(IN_CONFIRM)))) {
        game_sound(g, "cancel");
        game_screen_close(g, s);
        return;
    }
    if (in->pressed & IN_BIT(IN_UP)) field_move(g, c, -1);
    if (in->pressed & IN_BIT(IN_DOWN)) field_move(g, c, 1);
    int turn = ((in->pressed & IN_BIT(IN_RIGHT)) != 0) - ((in->pressed & IN_BIT(IN_LEFT)) != 0);
    if (turn) {
        field_turn(c, turn);
        game_sound(g, "cursor");
    }
}

/* A click on a row chooses its skill; on the header's left or right third,
 * the field before or after. */
static uint32_t field_click(game *g, game_screen *s, int x, int y)
{
    (void)s;
    game_codex *c = codex_get(g);
    if (!c || c->count == 0 || !g->ui.have_measure) return 0;
    field_page pg;
    field_build(c, c->nodes[c->cursor].field, &pg);
    field_layout l = field_place(g, &g->ui.measure, c, &pg);
    if (y < l.header_h) {
        if (x < REN_LOGICAL_W / 3) return IN_BIT(IN_LEFT);
        if (x > REN_LOGICAL_W * 2 / 3) return IN_BIT(IN_RIGHT);
        return 0;
    }
    int r = l.first + (y - l.list_top) / l.row_h;
    if (y < l.list_top || r >= pg.count || r >= l.first + l.visible || pg.rows[r].skill < 0) return 0;
    if (c->cursor != pg.rows[r].skill) game_sound(g, "cursor");
    c->cursor = pg.rows[r].skill;
    return 0;
}

static void field_header(const game *g, game_painter *p, const game_codex *c, int f, int lh)
{
    static const ren_color accent = {255, 214, 102, 255}, dim = {150, 160, 185, 255};
    int held = 0, mastered = 0, total = 0;
    for (int i = 0; i < c->count; i++) {
        if (c->nodes[i].field != f) continue;
        total++;
        held += game_has_skill(g, c->skills[i].id);
        mastered += game_skill_mastered(g, c->skills[i].id);
    }
    char title[160], progress[80], help[200], keys[4][40];
    snprintf(title, sizeof title, "< %s >", codex_fields[f].name);
    snprintf(progress, sizeof progress, "%d of %d held, %d mastered", held, total, mastered);
    game_key_label(g, IN_LEFT, false, keys[0], sizeof keys[0]);
    game_key_label(g, IN_RIGHT, false, keys[1], sizeof keys[1]);
    game_key_label(g, IN_UP, false, keys[2], sizeof keys[2]);
    game_key_label(g, IN_CANCEL, false, keys[3], sizeof keys[3]);
    snprintf(help, sizeof help, "%s/%s: field   %s and down: skill   %s: back", keys[0], keys[1], keys[2],
             keys[3]);
    int tw = txt_measure(p->font, title, strlen(title));
    int pw = txt_measure(p->font, progress, strlen(progress));
    txt_draw(p->font, 10, 6, title, strlen(title), accent);
    if (10 + tw + 16 + pw <= REN_LOGICAL_W - 10)
        txt_draw(p->font, REN_LOGICAL_W - 10 - pw, 6, progress, strlen(progress), dim);
    else
        txt_draw(p->font, 10, 6 + lh, progress, strlen(progress), dim);
    if (10 + tw + 16 + pw <= REN_LOGICAL_W - 10) {
        /* The help where the progress would have gone, shortened when it does not fit. */
        if (txt_measure(p->font, help, strlen(help)) > REN_LOGICAL_W - 20)
            snprintf(help, sizeof help, "%s: back", keys[3]);
        txt_draw(p->font, 10, 6 + lh, help, strlen(help), dim);
    }
}

static void field_draw(const game *g, const game_screen *s, game_painter *p)
{
    (void)s;
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {150, 160, 185, 255}, edge = {120, 140, 190, 255},
                           backdrop = {20, 22, 36, 255}, chosen = {60, 70, 110, 255};
    ren_begin(p->ren, backdrop);
    const game_codex *c = g->ui.codex;
    if (!c || c->count == 0) return;
    int f = c->nodes[c->cursor].field;
    field_page pg;
    field_build(c, f, &pg);
    field_layout l = field_place(g, p, c, &pg);
    field_header(g, p, c, f, l.lh);
    ren_fill_rect(p->ren, (ren_rect){8, l.header_h - 2, REN_LOGICAL_W - 16, 1}, (ren_color){80, 90, 120, 255});
    int last = l.first + l.visible < pg.count ? l.first + l.visible : pg.count;
    for (int r = l.first; r < last; r++) {
        const field_row *row = &pg.rows[r];
        int y = l.list_top + (r - l.first) * l.row_h, mid = y + l.row_h / 2;
        if (row->skill < 0) {
            const char *h = row->engineer ? "Engineer side: design, trade-offs, people" : "Developer side: building it";
            txt_draw(p->font, 10, y + 1, h, strlen(h), accent);
            continue;
        }
        int x = 18 + row->depth * FIELD_INDENT;
        if (row->parent >= 0) {
            /* The line up to the prerequisite it hangs under (off the top: to the edge). */
            int px = 18 + pg.rows[row->parent].depth * FIELD_INDENT;
            int py = row->parent >= l.first ? l.list_top + (row->parent - l.first) * l.row_h + l.row_h / 2 + 4
                                            : l.list_top;
            ren_fill_rect(p->ren, (ren_rect){px, py, 1, mid - py}, edge);
            ren_fill_rect(p->ren, (ren_rect){px, mid, x - 4 - px, 1}, edge);
        }
        const scr_skill_info *sk = &c->skills[row->skill];
        if (row->skill == c->cursor)
            ren_fill_rect(p->ren, (ren_rect){x - 6, y, REN_LOGICAL_W - 8 - (x - 6), l.row_h}, chosen);
        codex_draw_box(g, p, sk, x, mid);
        int nx = x + 8, nw = txt_measure(p->font, sk->name, strlen(sk->name));
        txt_draw(p->font, nx, y + 1, sk->name, strlen(sk->name), row->skill == c->cursor ? accent : text);
        /* What it needs from elsewhere, when there is room to say it. */
        char after[160] = "";
        for (int k = 0; k < sk->require_count; k++) {
            int q = c->nodes[row->skill].requires[k];
            if (q >= 0 && row->parent >= 0 && q == pg.rows[row->parent].skill) continue;
            const char *name = q >= 0 ? c->skills[q].name : sk->requires[k];
            size_t used = strlen(after);
            snprintf(after + used, sizeof after - used, "%s%s", used ? ", " : "after ", name);
        }
        int aw = after[0] ? txt_measure(p->font, after, strlen(after)) : 0;
        if (after[0] && nx + nw + 12 + aw <= REN_LOGICAL_W - 10)
            txt_draw(p->font, nx + nw + 12, y + 1, after, strlen(after), dim);
    }
    if (l.first > 0) txt_draw(p->font, REN_LOGICAL_W - 20, l.list_top, "^", 1, dim);
    if (last < pg.count) txt_draw(p->font, REN_LOGICAL_W - 20, l.card_top - l.lh - 2, "v", 1, dim);
    codex_draw_card(g, p, c);
}

const game_screen_ops game_codex_field_ops = {
    .name = "codex field",
    .pauses_level = true,
    .opaque = true,
    .tick = field_tick,
    .draw = field_draw,
    .click = field_click,
};
