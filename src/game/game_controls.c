/* game_controls: the controls screen. One row per action with its keys and
 * gamepad buttons in words; choosing a row waits for the next key or button,
 * which arrives through the tick (GAME_EV_BIND: main names what was pressed;
 * the simulation never sees raw keys). The rules are game_keys.c's. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CONTROLS_RESET IN_ACTION_COUNT
#define CONTROLS_BACK (IN_ACTION_COUNT + 1)
#define CONTROLS_ROWS (IN_ACTION_COUNT + 2)

typedef struct {
    int waiting;       /* the action waiting for a key, + 1; 0 = none */
    bool bound_sound;  /* bound in this tick's events: play the sound in the tick */
} controls_state;

/* Everything is measured from the font, so Large text still fits: the rows
 * share what the heading and the two lines at the bottom leave. Clicks use
 * the same layout. */
static void controls_layout(const game *g, int *top, int *row_h)
{
    int line = ui_line(g);
    *top = 8 + line + 8;
    int bottom = REN_LOGICAL_H - 6 - 2 * line;
    *row_h = line + 6;
    if (*row_h * CONTROLS_ROWS > bottom - *top - 8) *row_h = (bottom - *top - 8) / CONTROLS_ROWS;
    if (*row_h < line) *row_h = line;
}

static void controls_leave(game *g, game_screen *s)
{
    g->ui.controls_note[0] = '\0';
    g->progress.save_wanted = true; /* bindings are kept with the progress */
    game_screen_close(g, s);
}

static void controls_activate(game *g, game_screen *s, int row)
{
    controls_state *cs = s->state;
    if (row < IN_ACTION_COUNT) {
        game_sound(g, "confirm");
        cs->waiting = row + 1;
        g->ui.controls_note[0] = '\0';
    } else if (row == CONTROLS_RESET) {
        game_sound(g, "confirm");
        game_keys_reset(g);
        snprintf(g->ui.controls_note, sizeof g->ui.controls_note,
                 "Every action has its default keys and buttons again.");
    } else {
        game_sound(g, "cancel");
        controls_leave(g, s);
    }
}

static void controls_bind(game *g, game_screen *s, int action, const char *name, bool pad)
{
    controls_state *cs = s->state;
    if (!cs->waiting || action != cs->waiting - 1) return;
    cs->waiting = 0;
    if (game_keys_rebind(g, action, name, pad, g->ui.controls_note, sizeof g->ui.controls_note))
        cs->bound_sound = true;
}

static void controls_tick(game *g, game_screen *s, const in_frame *in)
{
    controls_state *cs = s->state;
    if (cs->bound_sound) {
        cs->bound_sound = false;
        game_sound(g, "confirm");
    }
    /* While waiting, the next key is the caller's to report, whatever it is. */
    if (cs->waiting) return;
    if (s->cursor < 0 || s->cursor >= CONTROLS_ROWS) s->cursor = 0;
    if (in->pressed & IN_BIT(IN_UP)) {
        s->cursor = (s->cursor + CONTROLS_ROWS - 1) % CONTROLS_ROWS;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_DOWN)) {
        s->cursor = (s->cursor + 1) % CONTROLS_ROWS;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        controls_activate(g, s, s->cursor);
        return;
    }
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        game_sound(g, "cancel");
        controls_leave(g, s);
    }
}

static uint32_t controls_click(game *g, game_screen *s, int x, int y)
{
    controls_state *cs = s->state;
    if (cs->waiting) {
        /* A click is not a key: it gives up waiting, like Escape. */
        controls_bind(g, s, cs->waiting - 1, "Escape", false);
        return 0;
    }
    int top, h;
    controls_layout(g, &top, &h);
    if (x < 16 || x > REN_LOGICAL_W - 16 || y < top) return 0;
    int row = (y - top) / h;
    if (row >= CONTROLS_ROWS) return 0;
    s->cursor = row;
    controls_activate(g, s, row);
    return 0;
}

static void controls_close(game *g, game_screen *s)
{
    (void)g;
    free(s->state);
}

/* One action's keys (or buttons) in words, cut to fit a column: what does
 * not fit is counted ("+2 more"), never drawn over the next column. */
static void controls_describe(const game *g, game_painter *p, in_action action, bool pad, int width,
                              char *out, size_t size)
{
    const sav_binding *list = pad ? g->settings.pad : g->settings.keys;
    int count = pad ? g->settings.pad_count : g->settings.key_count;
    const char *names[SAV_MAX_BINDINGS];
    int n = 0;
    for (int i = 0; i < count; i++)
        if (strcmp(list[i].action, in_action_name(action)) == 0)
            names[n++] = game_key_words(list[i].key, pad);
    if (n == 0) {
        snprintf(out, size, "(none)");
        return;
    }
    for (int shown = n; shown >= 1; shown--) {
        size_t used = 0;
        out[0] = '\0';
        for (int i = 0; i < shown && used < size; i++)
            used += (size_t)snprintf(out + used, size - used, "%s%s", i ? ", " : "", names[i]);
        if (shown < n && used < size) snprintf(out + used, size - used, " +%d more", n - shown);
        if (txt_measure(p->font, out, strlen(out)) <= width) return;
    }
}

static void controls_draw(const game *g, const game_screen *s, game_painter *p)
{
    const controls_state *cs = s->state;
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {170, 180, 200, 255};
    ren_begin(p->ren, (ren_color){26, 28, 44, 255});
    int line = txt_line_height(p->font);
    int top, row_h;
    controls_layout(g, &top, &row_h);
    int label_x = 40, label_w = 0;
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        const char *w = game_action_words((in_action)a);
        int tw = txt_measure(p->font, w, strlen(w));
        if (tw > label_w) label_w = tw;
    }
    int keys_x = label_x + label_w + 24;
    /* The gamepad column takes what its words need (up to a third of the screen). */
    int pad_w = txt_measure(p->font, "Gamepad", 7);
    char pad_text[IN_ACTION_COUNT][96];
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        controls_describe(g, p, (in_action)a, true, REN_LOGICAL_W / 3, pad_text[a],
                          sizeof pad_text[a]);
        int tw = txt_measure(p->font, pad_text[a], strlen(pad_text[a]));
        if (tw > pad_w) pad_w = tw;
    }
    int pad_x = REN_LOGICAL_W - 32 - pad_w;
    int keys_w = pad_x - 16 - keys_x;

    ren_draw_nine_slice(p->ren, game_sprite(g, "ui_panel"),
                        (ren_rect){16, top - 6, REN_LOGICAL_W - 32, row_h * CONTROLS_ROWS + 12}, 8);
    txt_draw(p->font, label_x - 14, 8, "Controls", 8, accent);
    txt_draw(p->font, keys_x, 8, "Keyboard", 8, dim);
    txt_draw(p->font, pad_x, 8, "Gamepad", 7, dim);
    uint16_t cursor = game_sprite(g, "ui_cursor");
    int waiting = cs->waiting - 1;
    for (int i = 0; i < CONTROLS_ROWS; i++) {
        int y = top + i * row_h + (row_h - line) / 2;
        bool on = i == s->cursor;
        ren_color c = on ? accent : text;
        if (on) ren_draw_sprite(p->ren, cursor, label_x - 14, y + 5);
        if (i >= IN_ACTION_COUNT) {
            const char *w = i == CONTROLS_RESET ? "Reset to defaults" : "Back";
            txt_draw(p->font, label_x, y, w, strlen(w), c);
            continue;
        }
        const char *w = game_action_words((in_action)i);
        txt_draw(p->font, label_x, y, w, strlen(w), c);
        if (i == waiting) {
            const char *ask = "press a key or button...";
            txt_draw(p->font, keys_x, y, ask, strlen(ask), accent);
            continue;
        }
        char keys[200];
        controls_describe(g, p, (in_action)i, false, keys_w, keys, sizeof keys);
        txt_draw(p->font, keys_x, y, keys, strlen(keys), on ? accent : text);
        txt_draw(p->font, pad_x, y, pad_text[i], strlen(pad_text[i]), on ? accent : dim);
    }

    /* The two bottom lines: what is being asked or what just happened, then help. */
    char say[240] = "";
    if (waiting >= 0)
        snprintf(say, sizeof say, "Press a key or button for %s (Escape to cancel)",
                 game_action_words((in_action)waiting));
    else
        snprintf(say, sizeof say, "%s", g->ui.controls_note);
    int y1 = REN_LOGICAL_H - 4 - 2 * line;
    if (say[0]) {
        int lines = txt_count_lines(p->font, say, REN_LOGICAL_W - 32);
        if (lines <= 1) {
            int w = txt_measure(p->font, say, strlen(say));
            txt_draw(p->font, (REN_LOGICAL_W - w) / 2, y1, say, strlen(say), accent);
        } else {
            /* A long note takes the help line's place rather than run off the screen. */
            txt_draw_wrapped(p->font, (ren_rect){16, y1, REN_LOGICAL_W - 32, 2 * line}, say,
                             accent);
            return;
        }
    }
    if (waiting >= 0) return; /* every key binds now: a help line would mislead */
    char up[40], down[40], ok[40], back[40], help[240];
    game_key_label(g, IN_UP, false, up, sizeof up);
    game_key_label(g, IN_DOWN, false, down, sizeof down);
    game_key_label(g, IN_CONFIRM, false, ok, sizeof ok);
    game_key_label(g, IN_CANCEL, false, back, sizeof back);
    snprintf(help, sizeof help, "%s/%s: choose   %s: change   %s: back", up, down, ok, back);
    int hw = txt_measure(p->font, help, strlen(help));
    if (hw > REN_LOGICAL_W - 16) {
        snprintf(help, sizeof help, "%s: change   %s: back", ok, back);
        hw = txt_measure(p->font, help, strlen(help));
    }
    txt_draw(p->font, (REN_LOGICAL_W - hw) / 2, REN_LOGICAL_H - 4 - line, help, strlen(help), dim);
}


const game_screen_ops game_controls_ops = {
    .name = "controls", .pauses_level = true, .opaque = true, .tick = controls_tick,
    .draw = controls_draw, .click = controls_click, .bind = controls_bind, .close = controls_close,
};

int game_wants_binding(const game *g)
{
    const game_screen *s = game_screen_top_const(g);
    if (!s || s->ops != &game_controls_ops) return -1;
    const controls_state *cs = s->state;
    return cs->waiting - 1;
}

const char *game_controls_note(const game *g)
{
    return g->ui.controls_note;
}

void game_controls_open(game *g)
{
    controls_state *cs = calloc(1, sizeof *cs);
    if (!cs) return;
    g->ui.controls_note[0] = '\0';
    game_screen_push(g, &game_controls_ops, 0, cs);
}

int game_controls_row_y(const game *g, int row, int *row_h)
{
    int top;
    controls_layout(g, &top, row_h);
    return top + row * *row_h;
}
