/* game_controls: the controls screen and the rebinding rules. One row per
 * action with its keys and gamepad buttons in words; choosing a row waits for
 * the next key or button, which the caller reports (the simulation never
 * sees raw keys). The settings keep names, not codes: SDL's scancode and
 * game-controller names, the words the save stores. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

#define CONTROLS_RESET IN_ACTION_COUNT
#define CONTROLS_BACK (IN_ACTION_COUNT + 1)
#define CONTROLS_ROWS (IN_ACTION_COUNT + 2)

static const char *const controls_action_words[IN_ACTION_COUNT] = {
    "Up", "Down", "Left", "Right", "Confirm", "Cancel", "Menu", "Hint",
};

/* SDL's names compare without case ("return" is Return). */
static bool controls_same(const char *a, const char *b)
{
    for (;; a++, b++) {
        char ca = *a >= 'A' && *a <= 'Z' ? (char)(*a - 'A' + 'a') : *a;
        char cb = *b >= 'A' && *b <= 'Z' ? (char)(*b - 'A' + 'a') : *b;
        if (ca != cb) return false;
        if (!ca) return true;
    }
}

/* Game-controller names are terse ("dpup", "leftshoulder"): a player reads words. */
static const char *controls_button_words(const char *name)
{
    static const char *const words[][2] = {
        {"a", "A"},
        {"b", "B"},
        {"x", "X"},
        {"y", "Y"},
        {"back", "Back"},
        {"guide", "Guide"},
        {"start", "Start"},
        {"leftstick", "Left stick"},
        {"rightstick", "Right stick"},
        {"leftshoulder", "Left shoulder"},
        {"rightshoulder", "Right shoulder"},
        {"dpup", "D-pad up"},
        {"dpdown", "D-pad down"},
        {"dpleft", "D-pad left"},
        {"dpright", "D-pad right"},
        {"misc1", "Share"},
        {"paddle1", "Paddle 1"},
        {"paddle2", "Paddle 2"},
        {"paddle3", "Paddle 3"},
        {"paddle4", "Paddle 4"},
        {"touchpad", "Touchpad"},
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (controls_same(name, words[i][0])) return words[i][1];
    return name;
}

/* Keys keep SDL's names, which are words already, except the two the
 * game's hints have always shown as keycaps. */
static const char *controls_key_words(const char *name)
{
    if (controls_same(name, "Return")) return "Enter";
    if (controls_same(name, "Escape")) return "Esc";
    return name;
}

static const char *controls_words(const char *name, bool pad)
{
    return pad ? controls_button_words(name) : controls_key_words(name);
}

static sav_binding *controls_list(sav_settings *s, bool pad, int **count)
{
    *count = pad ? &s->pad_count : &s->key_count;
    return pad ? s->pad : s->keys;
}

static int controls_count_for(const sav_binding *list, int count, const char *action)
{
    int n = 0;
    for (int i = 0; i < count; i++)
        n += strcmp(list[i].action, action) == 0;
    return n;
}

static bool controls_used(const sav_binding *list, int count, const char *name)
{
    for (int i = 0; i < count; i++)
        if (controls_same(list[i].key, name)) return true;
    return false;
}

static bool controls_add(sav_binding *list, int *count, const char *action, const char *name)
{
    if (*count >= SAV_MAX_BINDINGS) return false;
    snprintf(list[*count].action, sizeof list[*count].action, "%s", action);
    snprintf(list[*count].key, sizeof list[*count].key, "%s", name);
    (*count)++;
    return true;
}

/* An action that lost its last key gets one back, so the player can never
 * lock themselves out: its defaults no other action uses; else, a swap, a
 * key the rebound action just gave up; else its defaults shared (the rule
 * the platform applies to a save that leaves an action with nothing).
 * Writes the names it gave into `given`. */
static void controls_refill(sav_binding *list, int *count, const char *action, bool pad,
                            const char old[][SAV_ID_MAX + 1], int old_count, char *given,
                            size_t given_size)
{
    sav_settings defaults;
    sav_default_settings(&defaults);
    const sav_binding *dl = pad ? defaults.pad : defaults.keys;
    int dn = pad ? defaults.pad_count : defaults.key_count;
    given[0] = '\0';
    size_t used = 0;
    for (int pass = 0; pass < 3 && !given[0]; pass++) {
        int n = pass == 1 ? old_count : dn;
        for (int i = 0; i < n; i++) {
            const char *name = pass == 1 ? old[i] : dl[i].key;
            if (pass != 1 && strcmp(dl[i].action, action) != 0) continue;
            if (pass < 2 && controls_used(list, *count, name)) continue;
            if (!controls_add(list, count, action, name)) break;
            used += (size_t)snprintf(given + used, given_size - used, "%s%s", used ? ", " : "",
                                     controls_words(name, pad));
            if (used >= given_size) used = given_size - 1;
            if (pass == 1) break; /* a swap gives one key back, not all */
        }
    }
}

/* The key belongs to this action alone: the action's other keys go, and
 * another action holding it loses it. Returns false (and says why) only
 * when the list is full. */
static bool controls_rebind(sav_settings *s, in_action action, const char *name, bool pad,
                            char *note, size_t note_size)
{
    int *count;
    sav_binding *list = controls_list(s, pad, &count);
    const char *act = in_action_name(action);
    char old[SAV_MAX_BINDINGS][SAV_ID_MAX + 1];
    int old_count = 0;
    in_action lost = IN_ACTION_COUNT;
    int kept = 0;
    for (int i = 0; i < *count; i++) {
        sav_binding b = list[i];
        bool same = controls_same(b.key, name);
        if (strcmp(b.action, act) == 0) {
            if (!same) memcpy(old[old_count++], b.key, sizeof old[0]);
            continue;
        }
        if (same) {
            if (lost == IN_ACTION_COUNT) lost = in_action_from_name(b.action);
            continue;
        }
        list[kept++] = b;
    }
    *count = kept;
    if (!controls_add(list, count, act, name)) {
        snprintf(note, note_size, "Too many keys are bound already.");
        return false;
    }
    const char *words = controls_words(name, pad);
    if (lost == IN_ACTION_COUNT) {
        snprintf(note, note_size, "%s: %s.", controls_action_words[action], words);
        return true;
    }
    const char *from = in_action_name(lost);
    if (controls_count_for(list, *count, from) > 0) {
        snprintf(note, note_size, "%s: %s, taken from %s.", controls_action_words[action], words,
                 controls_action_words[lost]);
        return true;
    }
    char given[120];
    controls_refill(list, count, from, pad, old, old_count, given, sizeof given);
    snprintf(note, note_size, "%s: %s, taken from %s, which now uses %s.",
             controls_action_words[action], words, controls_action_words[lost],
             given[0] ? given : "nothing");
    return true;
}

static void controls_reset(game *g)
{
    sav_settings defaults;
    sav_default_settings(&defaults);
    game_set_bindings(g, &defaults);
    g->settings_changed = true;
    snprintf(g->controls_note, sizeof g->controls_note,
             "Every action has its default keys and buttons again.");
}

/* A name the save can keep: what sav_store accepts for a key. */
static bool controls_storable(const char *name)
{
    size_t n = strlen(name);
    if (n == 0 || n > SAV_ID_MAX || name[0] == ' ' || name[n - 1] == ' ') return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] < 0x20 || name[i] == 0x7f) return false;
    return true;
}

int game_wants_binding(const game *g)
{
    return g->binding_wait - 1;
}

bool game_bind(game *g, int action, const char *name, bool is_pad)
{
    g->binding_wait = 0;
    if (action < 0 || action >= IN_ACTION_COUNT || !name) return false;
    const char *act = controls_action_words[action];
    if (!is_pad && controls_same(name, "Escape")) {
        snprintf(g->controls_note, sizeof g->controls_note, "Cancelled: %s keeps its keys.", act);
        return false;
    }
    if (!is_pad && (controls_same(name, "F11") || controls_same(name, "F5"))) {
        snprintf(g->controls_note, sizeof g->controls_note,
                 "F11 and F5 belong to the game (fullscreen, reload): choose another key.");
        return false;
    }
    if (!controls_storable(name)) {
        snprintf(g->controls_note, sizeof g->controls_note,
                 "That key has no name the game can keep: choose another.");
        return false;
    }
    if (!controls_rebind(&g->settings, (in_action)action, name, is_pad, g->controls_note,
                         sizeof g->controls_note))
        return false;
    g->settings_changed = true;
    g->binding_done = true;
    return true;
}

const char *game_controls_note(const game *g)
{
    return g->controls_note;
}

void game_set_bindings(game *g, const sav_settings *from)
{
    memcpy(g->settings.keys, from->keys, sizeof from->keys);
    memcpy(g->settings.pad, from->pad, sizeof from->pad);
    g->settings.key_count = from->key_count;
    g->settings.pad_count = from->pad_count;
}

static const char *controls_label(const sav_settings *st, in_action action, bool pad, char *out,
                                  size_t size)
{
    const sav_binding *list = pad ? st->pad : st->keys;
    int count = pad ? st->pad_count : st->key_count;
    out[0] = '\0';
    for (int i = 0; i < count; i++)
        if (strcmp(list[i].action, in_action_name(action)) == 0) {
            snprintf(out, size, "%s", controls_words(list[i].key, pad));
            break;
        }
    return out;
}

const char *game_key_label(const game *g, in_action action, bool pad, char *out, size_t size)
{
    return controls_label(&g->settings, action, pad, out, size);
}

/* True when this key (or button) name is bound to the action in these settings. */
static bool controls_bound(const sav_settings *st, in_action action, bool pad, const char *name)
{
    const sav_binding *list = pad ? st->pad : st->keys;
    int count = pad ? st->pad_count : st->key_count;
    for (int i = 0; i < count; i++)
        if (strcmp(list[i].action, in_action_name(action)) == 0 && controls_same(list[i].key, name))
            return true;
    return false;
}

bool game_key_bound(const game *g, in_action action, bool pad, const char *name)
{
    return controls_bound(&g->settings, action, pad, name);
}

void game_controls_open(game *g)
{
    /* The settings cursor stays on Controls, so Back lands where the player was. */
    g->menu = MENU_CONTROLS;
    g->controls_cursor = 0;
    g->binding_wait = 0;
    g->controls_note[0] = '\0';
}

static void controls_leave(game *g)
{
    g->menu = MENU_SETTINGS;
    g->binding_wait = 0;
    g->controls_note[0] = '\0';
    g->save_wanted = true; /* bindings are kept with the progress */
}

static void controls_activate(game *g, int row)
{
    if (row < IN_ACTION_COUNT) {
        game_sound(g, "confirm");
        g->binding_wait = row + 1;
        g->controls_note[0] = '\0';
    } else if (row == CONTROLS_RESET) {
        game_sound(g, "confirm");
        controls_reset(g);
    } else {
        game_sound(g, "cancel");
        controls_leave(g);
    }
}

void game_controls_tick(game *g, const in_frame *in)
{
    if (g->binding_done) {
        g->binding_done = false;
        game_sound(g, "confirm");
    }
    /* While waiting, the next key is the caller's to report, whatever it is. */
    if (g->binding_wait) return;
    if (g->controls_cursor < 0 || g->controls_cursor >= CONTROLS_ROWS) g->controls_cursor = 0;
    if (in->pressed & IN_BIT(IN_UP)) {
        g->controls_cursor = (g->controls_cursor + CONTROLS_ROWS - 1) % CONTROLS_ROWS;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_DOWN)) {
        g->controls_cursor = (g->controls_cursor + 1) % CONTROLS_ROWS;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        controls_activate(g, g->controls_cursor);
        return;
    }
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        game_sound(g, "cancel");
        controls_leave(g);
    }
}

void game_controls_click(game *g, int x, int y)
{
    if (g->binding_wait) {
        /* A click is not a key: it gives up waiting, like Escape. */
        game_bind(g, g->binding_wait - 1, "Escape", false);
        return;
    }
    int h = g->controls_row_h;
    if (h <= 0 || x < 16 || x > REN_LOGICAL_W - 16) return;
    for (int i = 0; i < g->controls_rows && i < CONTROLS_ROWS; i++)
        if (y >= g->controls_row_y[i] && y < g->controls_row_y[i] + h) {
            g->controls_cursor = i;
            controls_activate(g, i);
            return;
        }
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
            names[n++] = controls_words(list[i].key, pad);
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

void game_controls_draw(game *g, game_painter *p)
{
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {170, 180, 200, 255};
    ren_begin(p->ren, (ren_color){26, 28, 44, 255});
    int line = txt_line_height(p->font);
    /* Everything is measured from the font, so Large text still fits:
     * the rows share what the heading and the two lines at the bottom leave. */
    int top = 8 + line + 8;
    int bottom = REN_LOGICAL_H - 6 - 2 * line;
    int row_h = line + 6;
    if (row_h * CONTROLS_ROWS > bottom - top - 8) row_h = (bottom - top - 8) / CONTROLS_ROWS;
    if (row_h < line) row_h = line;
    int label_x = 40, label_w = 0;
    for (int a = 0; a < IN_ACTION_COUNT; a++) {
        const char *w = controls_action_words[a];
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
    int waiting = g->binding_wait - 1;
    g->controls_rows = CONTROLS_ROWS;
    g->controls_row_h = row_h;
    for (int i = 0; i < CONTROLS_ROWS; i++) {
        int y = top + i * row_h + (row_h - line) / 2;
        g->controls_row_y[i] = top + i * row_h;
        bool on = i == g->controls_cursor;
        ren_color c = on ? accent : text;
        if (on) ren_draw_sprite(p->ren, cursor, label_x - 14, y + 5);
        if (i >= IN_ACTION_COUNT) {
            const char *w = i == CONTROLS_RESET ? "Reset to defaults" : "Back";
            txt_draw(p->font, label_x, y, w, strlen(w), c);
            continue;
        }
        const char *w = controls_action_words[i];
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
                 controls_action_words[waiting]);
    else
        snprintf(say, sizeof say, "%s", g->controls_note);
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

/* "{move}": the arrow keys (and WASD, when both are bound) by the names
 * players use, or else the four keys the player chose, in W A S D order. */
static void controls_move_words(const sav_settings *st, char *out, size_t size)
{
    static const in_action order[4] = {IN_UP, IN_LEFT, IN_DOWN, IN_RIGHT};
    static const char *const arrows[4] = {"Up", "Left", "Down", "Right"};
    static const char *const wasd[4] = {"W", "A", "S", "D"};
    char keys[4][SAV_ID_MAX + 1];
    bool arrow_keys = true, also_wasd = true;
    for (int i = 0; i < 4; i++) {
        controls_label(st, order[i], false, keys[i], sizeof keys[i]);
        arrow_keys = arrow_keys && strcmp(keys[i], arrows[i]) == 0;
        also_wasd = also_wasd && controls_bound(st, order[i], false, wasd[i]);
    }
    if (arrow_keys)
        snprintf(out, size, also_wasd ? "the arrow keys or WASD" : "the arrow keys");
    else
        snprintf(out, size, "%s %s %s %s", keys[0], keys[1], keys[2], keys[3]);
}

void game_expand_keys_for(const sav_settings *st, const char *text, char *out, size_t size)
{
    size_t used = 0;
    if (size == 0) return;
    while (*text && used + 1 < size) {
        const char *close = *text == '{' ? strchr(text, '}') : NULL;
        char name[16], words[4 * (SAV_ID_MAX + 1) + 32] = "";
        size_t len = close ? (size_t)(close - text - 1) : 0;
        if (close && len > 0 && len < sizeof name) {
            memcpy(name, text + 1, len);
            name[len] = '\0';
            in_action action = in_action_from_name(name);
            if (strcmp(name, "move") == 0)
                controls_move_words(st, words, sizeof words);
            else if (action != IN_ACTION_COUNT)
                controls_label(st, action, false, words, sizeof words);
        }
        if (words[0]) {
            /* A known name: its key. Anything else in braces ({"id": 7} in a
             * quiz about JSON) stays as written. */
            int n = snprintf(out + used, size - used, "%s", words);
            used += n > 0 && (size_t)n < size - used ? (size_t)n : size - used - 1;
            text = close + 1;
        } else {
            out[used++] = *text++;
        }
    }
    out[used] = '\0';
}

void game_expand_keys(const game *g, const char *text, char *out, size_t size)
{
    game_expand_keys_for(&g->settings, text, out, size);
}
