/* game_confirm: a question with two answers before anything that cannot be
 * undone (quit, restart, leaving for the title, a new game over progress).
 * The cursor starts on the answer that keeps things as they are, and Cancel
 * means that answer too, so a key pressed by accident loses nothing. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char question[240];
    char yes[40], no[40];
    game_confirm_fn on_yes;
} confirm_state;

enum { CONFIRM_NO, CONFIRM_YES };

typedef struct {
    ren_rect box;
    int question_lines, rows_y, row_h;
} confirm_layout;

static confirm_layout confirm_place(const game *g, const confirm_state *cs)
{
    confirm_layout l;
    int line = ui_line(g);
    int w = 420;
    l.question_lines = ui_count_lines(g, cs->question, w - 40);
    l.row_h = line + 6;
    int h = 16 + line * l.question_lines + 12 + 2 * l.row_h + 12;
    if (h > REN_LOGICAL_H - 16) h = REN_LOGICAL_H - 16;
    l.box = (ren_rect){(REN_LOGICAL_W - w) / 2, (REN_LOGICAL_H - h) / 2, w, h};
    l.rows_y = l.box.y + 16 + line * l.question_lines + 12;
    return l;
}

static void confirm_answer(game *g, game_screen *s, bool yes)
{
    confirm_state *cs = s->state;
    game_sound(g, yes ? "confirm" : "cancel");
    game_screen_close(g, s);
    if (yes && cs->on_yes) cs->on_yes(g);
}

static void confirm_tick(game *g, game_screen *s, const in_frame *in)
{
    if (in->pressed & (IN_BIT(IN_UP) | IN_BIT(IN_DOWN))) {
        s->cursor = s->cursor == CONFIRM_NO ? CONFIRM_YES : CONFIRM_NO;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_CONFIRM))
        confirm_answer(g, s, s->cursor == CONFIRM_YES);
    else if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU)))
        confirm_answer(g, s, false);
}

static uint32_t confirm_click(game *g, game_screen *s, int x, int y)
{
    confirm_layout l = confirm_place(g, s->state);
    if (x < l.box.x || x > l.box.x + l.box.w || y < l.rows_y) return 0;
    int row = (y - l.rows_y) / l.row_h;
    if (row > 1) return 0;
    s->cursor = row == 0 ? CONFIRM_NO : CONFIRM_YES;
    return IN_BIT(IN_CONFIRM);
}

static void confirm_draw(const game *g, const game_screen *s, game_painter *p)
{
    const confirm_state *cs = s->state;
    confirm_layout l = confirm_place(g, cs);
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"), l.box, 8);
    txt_draw_wrapped(p->font,
                     (ren_rect){l.box.x + 20, l.box.y + 16, l.box.w - 40, line * l.question_lines},
                     cs->question, UI_TEXT);
    const char *rows[2] = {cs->no, cs->yes};
    uint16_t cursor = game_sprite(g, "ui_cursor");
    for (int i = 0; i < 2; i++) {
        bool on = (i == 0) == (s->cursor == CONFIRM_NO);
        int y = l.rows_y + i * l.row_h;
        if (on) ren_draw_sprite(p->ren, cursor, l.box.x + 26, y + 5 + (line - 20) / 2);
        ui_text(p, l.box.x + 40, y, rows[i], on ? UI_ACCENT : UI_TEXT);
    }
}

static void confirm_close(game *g, game_screen *s)
{
    (void)g;
    free(s->state);
}

const game_screen_ops game_confirm_ops = {
    .name = "confirm", .pauses_level = true, .tick = confirm_tick, .draw = confirm_draw,
    .click = confirm_click, .close = confirm_close,
};

void game_confirm_open(game *g, const char *question, const char *yes, const char *no,
                       game_confirm_fn on_yes)
{
    confirm_state *cs = calloc(1, sizeof *cs);
    if (!cs) return;
    snprintf(cs->question, sizeof cs->question, "%s", question);
    snprintf(cs->yes, sizeof cs->yes, "%s", yes);
    snprintf(cs->no, sizeof cs->no, "%s", no);
    cs->on_yes = on_yes;
    game_screen_push(g, &game_confirm_ops, 0, cs);
}
