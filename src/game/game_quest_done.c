/* game_quest_done: finishing a whole quest is an event. When the last level
 * of a quest not yet won is won, the player, back on the campus, sees the
 * quest named, the skills of its field by their card names (held, mastered,
 * or still being learned), and what the rank that brought needs next. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QD_MAX_SKILLS 24

typedef struct {
    char quest[32];
    char name[64]; /* the field's name */
} qd_state;

void game_quest_check_done(game *g, const char *quest)
{
    if (!quest || !quest[0]) return;
    const game_index *ix = &g->index;
    int levels = 0, won = 0;
    for (int i = 0; i < ix->count; i++) {
        if (!ix->info[i].readable || strcmp(ix->info[i].quest, quest) != 0) continue;
        levels++;
        won += game_won(g, ix->info[i].id);
    }
    if (levels == 0 || won < levels) return;
    snprintf(g->progress.quest_done, sizeof g->progress.quest_done, "%s", quest);
}

/* The screen waits for the campus (or, with no campus, the level's own end). */
void game_quest_done_show(game *g)
{
    game_career *pr = &g->progress;
    if (!pr->quest_done[0] || game_screen_find(g, &game_quest_done_ops)) return;
    qd_state *st = calloc(1, sizeof *st);
    if (!st) return;
    snprintf(st->quest, sizeof st->quest, "%s", pr->quest_done);
    if (!scr_field_name(g->catalogue, st->quest, st->name, sizeof st->name))
        snprintf(st->name, sizeof st->name, "%s", st->quest);
    pr->quest_done[0] = '\0';
    if (!game_screen_enqueue(g, &game_quest_done_ops, 0, st)) return;
    game_sound(g, "rank_up");
}

static void qd_tick(game *g, game_screen *s, const in_frame *in)
{
    if (in->pressed & (IN_BIT(IN_CONFIRM) | IN_BIT(IN_CANCEL))) game_screen_close(g, s);
}

static uint32_t qd_click(game *g, game_screen *s, int x, int y)
{
    (void)g, (void)s, (void)x, (void)y;
    return IN_BIT(IN_CONFIRM);
}

static void qd_close(game *g, game_screen *s)
{
    (void)g;
    free(s->state);
}

static void qd_draw(const game *g, const game_screen *s, game_painter *p)
{
    const qd_state *st = s->state;
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    ren_rect box = {24, 16, REN_LOGICAL_W - 48, REN_LOGICAL_H - 32};
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), box, 8);
    int x = box.x + 18, y = box.y + 14, w = box.w - 36;
    ren_draw_sprite(p->ren, game_sprite(g, "ui_star"), x, y + (line - 8) / 2);
    ui_text(p, x + 14, y, "Quest complete!", UI_ACCENT);
    y += line;
    ui_text(p, x + 14, y, st->name, UI_TEXT);
    y += line + 6;
    /* The field's skills the player met, by the names on their cards. */
    static scr_skill_info all[512];
    int n = scr_catalogue_skills(g->catalogue, all, 512), shown = 0, more = 0;
    ui_text(p, x, y, "What you learned:", UI_DIM);
    y += line;
    int bottom = box.y + box.h - line * 4 - 20;
    for (int i = 0; i < n; i++) {
        if (strcmp(all[i].field, st->quest) != 0 || !game_skill_taught(g, all[i].id)) continue;
        if (y + line > bottom || shown == QD_MAX_SKILLS) {
            more++;
            continue;
        }
        const char *state = game_skill_mastered(g, all[i].id) ? "mastered"
                            : game_has_skill(g, all[i].id)    ? "held"
                                                              : "still learning";
        char text[128];
        snprintf(text, sizeof text, "* %s  (%s, %s side)", all[i].name, state,
                 all[i].engineer ? "engineer" : "developer");
        ui_text(p, x + 8, y, text, game_has_skill(g, all[i].id) ? UI_GOOD : UI_DIM);
        y += line;
        shown++;
    }
    if (more) {
        char text[64];
        snprintf(text, sizeof text, "  ... and %d more in the codex", more);
        ui_text(p, x + 8, y, text, UI_DIM);
        y += line;
    }
    y = box.y + box.h - line * 4 - 14;
    char rank[200], next[300];
    snprintf(rank, sizeof rank, "Your rank: %s", g->progress.rank.title ? g->progress.rank.title : "");
    ui_text(p, x, y, rank, UI_ACCENT);
    game_rank_needs(g, next, sizeof next);
    int lines = txt_count_lines(p->font, next, w);
    txt_draw_wrapped(p->font, (ren_rect){x, y + line, w, line * (lines < 2 ? lines : 2)}, next,
                     UI_TEXT);
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    int hw = ui_hint_width(p, ok, "Continue");
    ui_key_hint(p, box.x + box.w - 24 - hw, box.y + box.h - line - 10, ok, "Continue");
}

const game_screen_ops game_quest_done_ops = {
    .name = "quest complete", .pauses_level = true, .queued = true, .tick = qd_tick,
    .draw = qd_draw, .click = qd_click, .close = qd_close,
};
