/* game_summary: the end of a level (what was gained, or why it was lost) and
 * the screen of a level that could not be loaded. Both wait for the player;
 * confirm goes on (to the hub, or to try again), a click too. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

static void summary_tick(game *g, game_screen *s, const in_frame *in)
{
    if (!(in->pressed & IN_BIT(IN_CONFIRM))) return;
    game_screen_close(g, s);
    if (g->level.result < 0)
        game_reload(g); /* a lost level starts again */
    else
        game_level_acknowledge(g);
}

static uint32_t summary_click(game *g, game_screen *s, int x, int y)
{
    (void)g, (void)s, (void)x, (void)y;
    return IN_BIT(IN_CONFIRM);
}

static void summary_draw(const game *g, const game_screen *s, game_painter *p)
{
    (void)s;
    const game_level *lv = &g->level;
    const game_career *pr = &g->progress;
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    bool won = lv->result > 0;
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    const char *go_on = won ? "Continue" : "Try again";
    /* Sized by what it says: the normal size keeps the 400x220 card, larger
     * text or a long list of skills makes it grow, up to the screen. */
    char quizzes[120], gained[64], xp[48];
    snprintf(gained, sizeof gained, "Skills learned here: %d", pr->skill_count - lv->skills_at_start);
    snprintf(xp, sizeof xp, "XP: +%d", pr->xp - lv->xp_at_start);
    snprintf(quizzes, sizeof quizzes, "Exercises: %d of %d answered right", lv->quiz_right,
             lv->quiz_asked);
    int w = 400;
    const char *widest[] = {gained, xp, quizzes};
    for (int i = 0; i < 3; i++)
        if (ui_width(p, widest[i]) + 40 > w) w = ui_width(p, widest[i]) + 40;
    if (w > REN_LOGICAL_W - 16) w = REN_LOGICAL_W - 16;
    int fixed = 14 + line + 8 + 8 + line + 8 + 6; /* heading, the hint row and margins */
    int skills = pr->skill_count - lv->skills_at_start, fail_lines = 0, body;
    if (won)
        body = line * (3 + skills);
    else
        body = line * (fail_lines = txt_count_lines(p->font, lv->fail_reason, w - 40));
    int h = fixed + body;
    if (h < 220) h = 220;
    if (h > REN_LOGICAL_H - 16) h = REN_LOGICAL_H - 16;
    /* Skills that do not fit are counted, not drawn past the card. */
    int room = (h - fixed) / line - 3;
    int listed = won ? (skills <= room ? skills : (room > 1 ? room - 1 : 0)) : 0;
    int box_y = (REN_LOGICAL_H - h) / 2 < 60 ? (REN_LOGICAL_H - h) / 2 : 60;
    ren_rect box = {(REN_LOGICAL_W - w) / 2, box_y, w, h};
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), box, 8);
    int x = box.x + 20, y = box.y + 14;
    ren_draw_sprite(p->ren, game_sprite(g, "ui_star"), x, y + 5);
    ui_text(p, x + 14, y, won ? "Level complete!" : "Level failed", won ? UI_ACCENT : UI_BAD);
    y += line + 8;
    if (won) {
        ui_text(p, x, y, gained, UI_TEXT);
        y += line;
        char text[300], name[64];
        for (int i = 0; i < listed; i++) {
            /* By the names on their cards, never their ids; held or still learning. */
            const char *id = pr->skills[lv->skills_at_start + i];
            bool held = game_has_skill(g, id);
            snprintf(text, sizeof text, "  * %s%s", game_skill_name(g, id, name, sizeof name),
                     held ? "" : " (still learning)");
            ui_text(p, x, y, text, held ? UI_GOOD : UI_DIM);
            y += line;
        }
        if (listed < skills) {
            snprintf(text, sizeof text, "  ... and %d more", skills - listed);
            ui_text(p, x, y, text, UI_DIM);
            y += line;
        }
        ui_text(p, x, y, xp, UI_TEXT);
        y += line;
        ui_text(p, x, y, quizzes, UI_TEXT);
    } else {
        int most = (box.y + box.h - line - 8 - 4 - y) / line;
        int shown = fail_lines < most ? fail_lines : most;
        txt_draw_wrapped(p->font, (ren_rect){x, y, box.w - 40, line * shown}, lv->fail_reason,
                         UI_TEXT);
    }
    int hw = ui_hint_width(p, ok, go_on);
    ui_key_hint(p, box.x + box.w - 24 - hw, box.y + box.h - line - 8, ok, go_on);
}

const game_screen_ops game_summary_ops = {
    .name = "summary", .pauses_level = true, .queued = true, .tick = summary_tick,
    .draw = summary_draw,
    .click = summary_click,
};

/* --- a level that could not be loaded ----------------------------------- */

static void error_tick(game *g, game_screen *s, const in_frame *in)
{
    if (in->pressed & IN_BIT(IN_CONFIRM) && !g->cfg.author_mode) {
        /* Back to safe ground: the hub (or the first shipped level). */
        char safe[GAME_PATH_MAX];
        if (!game_hub_path(g, safe, sizeof safe))
            snprintf(safe, sizeof safe, "%s/levels/office/first_day.lua", g->data_root);
        if (strcmp(safe, g->level.path) != 0) {
            game_screen_close(g, s);
            game_switch_level(g, safe);
        }
    }
    if (in->pressed & IN_BIT(IN_CANCEL)) g->quit = true;
}

static void error_draw(const game *g, const game_screen *s, game_painter *p)
{
    (void)s;
    int line = txt_line_height(p->font);
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    ren_begin(p->ren, (ren_color){26, 28, 44, 255});
    ren_rect box = {24, 40, REN_LOGICAL_W - 48, REN_LOGICAL_H - 80};
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), box, 8);
    ui_text(p, box.x + 16, box.y + 14,
            g->level.loaded ? "This level stopped" : "This level could not be loaded", UI_BAD);
    int top = box.y + 20 + line, bottom = box.y + box.h - line - 12;
    txt_draw_wrapped(p->font, (ren_rect){box.x + 16, top, box.w - 32, bottom - top}, g->level.error,
                     UI_TEXT);
    if (g->cfg.author_mode)
        ui_text(p, box.x + 16, box.y + box.h - line - 8, "Save the file or press F5 to try again.",
                UI_DIM);
    else
        ui_key_hint(p, box.x + 16, box.y + box.h - line - 10, ok, "Back to safe ground");
}

const game_screen_ops game_error_ops = {
    .name = "error", .pauses_level = true, .opaque = true, .tick = error_tick, .draw = error_draw,
    .click = summary_click,
};
