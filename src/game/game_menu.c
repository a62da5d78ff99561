/* game_menu: the title screen, the pause menu and settings, one screen kind
 * each. Menus are lists read by the same actions as the game (keyboard and
 * gamepad) and by mouse clicks; every value is shown in words as well as by
 * position. Rows are sized by the font, so every text size fits. The cursor
 * stops at the ends instead of wrapping, and what cannot be undone (quit,
 * restart, leaving for the title) asks first. */
#include "game_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum {
    ITEM_CONTINUE,
    ITEM_NEW_GAME,
    ITEM_RESUME,
    ITEM_HINT,
    ITEM_CODEX,
    ITEM_SETTINGS,
    ITEM_RESTART,
    ITEM_TITLE,
    ITEM_QUIT,
    ITEM_MASTER,
    ITEM_MUSIC,
    ITEM_EFFECTS,
    ITEM_FULLSCREEN,
    ITEM_REDUCED_MOTION,
    ITEM_BACK,
    ITEM_TEXT_SIZE,
    ITEM_CONTROLS,
    ITEM_COPIES,
} menu_item;

#define MENU_MAX_ITEMS 9
#define MENU_ROW 24
#define MENU_X 200
#define MENU_Y_MAX 160
#define MENU_BOTTOM 322 /* the help line sits below this */
#define MENU_BOX_W 300  /* the panel's width when the labels allow */

static const char *const menu_text_sizes[] = {"Small", "Normal", "Large"};

/* Rows start lower for short menus and higher for long ones, so the box
 * never covers the help line. */
static int menu_y(int items, int row_h)
{
    int y = MENU_BOTTOM - items * row_h - 16;
    return y < MENU_Y_MAX ? y : MENU_Y_MAX;
}

static bool menu_has_progress(const game *g)
{
    return game_has_progress(g);
}

static int menu_items(const game *g, game_menu_kind kind, menu_item *out)
{
    int n = 0;
    switch (kind) {
    case MENU_TITLE:
        if (menu_has_progress(g)) out[n++] = ITEM_CONTINUE;
        out[n++] = ITEM_NEW_GAME;
        if (g->progress.copy_count > 0) out[n++] = ITEM_COPIES;
        out[n++] = ITEM_SETTINGS;
        out[n++] = ITEM_QUIT;
        break;
    case MENU_PAUSE:
        out[n++] = ITEM_RESUME;
        out[n++] = ITEM_HINT;
        out[n++] = ITEM_CODEX;
        out[n++] = ITEM_SETTINGS;
        out[n++] = ITEM_RESTART;
        if (!g->cfg.author_mode) out[n++] = ITEM_TITLE; /* --level: no title to go back to */
        out[n++] = ITEM_QUIT;
        break;
    case MENU_SETTINGS:
        out[n++] = ITEM_MASTER;
        out[n++] = ITEM_MUSIC;
        out[n++] = ITEM_EFFECTS;
        out[n++] = ITEM_FULLSCREEN;
        out[n++] = ITEM_TEXT_SIZE;
        out[n++] = ITEM_REDUCED_MOTION;
        out[n++] = ITEM_CONTROLS;
        out[n++] = ITEM_BACK;
        break;
    }
    return n;
}

static int *menu_volume(game *g, menu_item item)
{
    switch (item) {
    case ITEM_MASTER: return &g->settings.master_volume;
    case ITEM_MUSIC: return &g->settings.music_volume;
    case ITEM_EFFECTS: return &g->settings.effects_volume;
    default: return NULL;
    }
}

static void menu_label(const game *g, menu_item item, char *out, size_t size)
{
    const sav_settings *s = &g->settings;
    switch (item) {
    case ITEM_CONTINUE: snprintf(out, size, "Continue"); break;
    case ITEM_NEW_GAME: snprintf(out, size, "New game"); break;
    case ITEM_RESUME: snprintf(out, size, "Resume"); break;
    case ITEM_HINT: snprintf(out, size, "Goals and a hint"); break;
    case ITEM_CODEX: snprintf(out, size, "Codex: skills and rank"); break;
    case ITEM_SETTINGS: snprintf(out, size, "Settings"); break;
    case ITEM_RESTART: snprintf(out, size, "Restart this level"); break;
    case ITEM_TITLE: snprintf(out, size, "Back to the title"); break;
    case ITEM_QUIT: snprintf(out, size, "Quit the game"); break;
    case ITEM_MASTER: snprintf(out, size, "Master volume   < %3d%% >", s->master_volume); break;
    case ITEM_MUSIC: snprintf(out, size, "Music volume    < %3d%% >", s->music_volume); break;
    case ITEM_EFFECTS: snprintf(out, size, "Effects volume  < %3d%% >", s->effects_volume); break;
    case ITEM_FULLSCREEN:
        snprintf(out, size, "Fullscreen      < %s >", s->fullscreen ? "On" : "Off");
        break;
    case ITEM_REDUCED_MOTION:
        snprintf(out, size, "Reduced motion  < %s >", s->reduced_motion ? "On" : "Off");
        break;
    case ITEM_TEXT_SIZE:
        snprintf(out, size, "Text size       < %s >", menu_text_sizes[s->text_size]);
        break;
    case ITEM_CONTROLS: snprintf(out, size, "Controls: keys and gamepad"); break;
    case ITEM_COPIES: snprintf(out, size, "Earlier progress (%d)", g->progress.copy_count); break;
    case ITEM_BACK: snprintf(out, size, "Back"); break;
    }
}

typedef struct {
    int row_h, text_x, top, rows_y;
    ren_rect box;
} menu_layout;

/* Rows as tall as a line needs, a panel as wide as the longest label: what
 * draws and what clicks agree on. */
static menu_layout menu_place(const game *g, game_menu_kind kind, int n, char labels[][64])
{
    menu_layout l;
    int line = ui_line(g);
    l.row_h = line + 4 > MENU_ROW ? line + 4 : MENU_ROW;
    int widest = 0;
    for (int i = 0; i < n; i++) {
        int w = ui_measure(g, labels[i]);
        if (w > widest) widest = w;
    }
    int box_w = widest + 70 > MENU_BOX_W ? widest + 70 : MENU_BOX_W;
    if (box_w > REN_LOGICAL_W - 16) box_w = REN_LOGICAL_W - 16;
    int box_x = (REN_LOGICAL_W - box_w) / 2;
    l.text_x = box_x + 30;
    l.top = kind == MENU_TITLE ? 16 : 40 + (line - 20); /* the title needs no heading row */
    l.rows_y = menu_y(n, l.row_h);
    l.box = (ren_rect){box_x, l.rows_y - l.top, box_w, n * l.row_h + l.top + 16};
    return l;
}

bool game_on_title(const game *g)
{
    return g->ui.depth > 0 && g->ui.stack[0].ops == &game_menu_ops &&
           g->ui.stack[0].kind == MENU_TITLE && !g->ui.stack[0].closing;
}

void game_menu_open(game *g, game_menu_kind kind)
{
    game_screen *s = game_screen_push(g, &game_menu_ops, kind, NULL);
    /* The title, and settings over it, cover the picture; the pause menu and
     * settings in a level show the level dimmed behind them. */
    if (s) s->covers = kind == MENU_TITLE || game_on_title(g);
}

/* The level from its start, as the player first came in: its brief, the
 * player at the start, and what it gave on this try taken back. */
static void menu_restart(game *g)
{
    game_screen_close_all(g);
    game_level_restart(g);
}

static void menu_to_title(game *g)
{
    game_screen_close_all(g);
    g->progress.save_wanted = true;
    game_menu_open(g, MENU_TITLE);
}

static void menu_quit(game *g)
{
    g->quit = true;
}

static void menu_activate(game *g, game_screen *s, menu_item item)
{
    game_sound(g, "confirm");
    switch (item) {
    case ITEM_CONTINUE:
        game_screen_close(g, s);
        game_start_playing(g, false);
        break;
    case ITEM_NEW_GAME:
        game_new_game_asked(g); /* over progress: asks, then keeps it as a copy */
        break;
    case ITEM_COPIES:
        game_copies_open(g);
        break;
    case ITEM_RESUME:
        game_screen_close(g, s);
        break;
    case ITEM_HINT:
        game_screen_close(g, s);
        game_show_hint(g);
        break;
    case ITEM_SETTINGS:
        game_menu_open(g, MENU_SETTINGS);
        break;
    case ITEM_CODEX:
        game_codex_open(g);
        break;
    case ITEM_RESTART:
        game_confirm_open(g, "Restart this level? What you did in it since you came in is lost.",
                          "Restart", "Keep playing", menu_restart);
        break;
    case ITEM_TITLE:
        game_confirm_open(g, "Leave this level for the title? Your skills are saved; this level "
                             "starts over next time.", "Leave", "Stay", menu_to_title);
        break;
    case ITEM_QUIT:
        if (s->kind == MENU_TITLE)
            menu_quit(g); /* nothing in play to lose: progress is saved on quit */
        else
            game_confirm_open(g, g->cfg.author_mode
                                     ? "Quit SkillQuest? A --level session keeps no save."
                                     : "Quit SkillQuest? Your skills are saved; this level starts "
                                       "over next time.",
                              "Quit", "Stay", menu_quit);
        break;
    case ITEM_FULLSCREEN:
        g->settings.fullscreen = !g->settings.fullscreen;
        g->settings_changed = true;
        break;
    case ITEM_REDUCED_MOTION:
        g->settings.reduced_motion = !g->settings.reduced_motion;
        g->settings_changed = true;
        break;
    case ITEM_TEXT_SIZE:
        g->settings.text_size = (sav_text_size)((g->settings.text_size + 1) % 3);
        g->settings_changed = true;
        break;
    case ITEM_CONTROLS:
        game_controls_open(g);
        break;
    case ITEM_BACK:
        game_screen_close(g, s);
        g->progress.save_wanted = true; /* settings are kept with the progress */
        break;
    case ITEM_MASTER:
    case ITEM_MUSIC:
    case ITEM_EFFECTS:
        break; /* changed with left and right */
    }
}

static void menu_adjust(game *g, game_screen *s, menu_item item, int direction)
{
    int *volume = menu_volume(g, item);
    if (volume) {
        int v = *volume + direction * 10;
        *volume = v < 0 ? 0 : (v > 100 ? 100 : v);
        g->settings_changed = true;
        game_sound(g, "cursor");
    } else if (item == ITEM_TEXT_SIZE) {
        int t = (int)g->settings.text_size + direction;
        if (t < SAV_TEXT_SMALL || t > SAV_TEXT_LARGE) return;
        g->settings.text_size = (sav_text_size)t;
        g->settings_changed = true;
        game_sound(g, "cursor");
    } else if (item == ITEM_FULLSCREEN || item == ITEM_REDUCED_MOTION) {
        menu_activate(g, s, item);
    }
}

static void menu_tick(game *g, game_screen *s, const in_frame *in)
{
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, (game_menu_kind)s->kind, items);
    if (n == 0) return;
    if (s->cursor >= n) s->cursor = n - 1;
    /* The ends stop the cursor: Up from the first row never lands on Quit. */
    if (in->pressed & IN_BIT(IN_UP) && s->cursor > 0) {
        s->cursor--;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_DOWN) && s->cursor < n - 1) {
        s->cursor++;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_LEFT)) menu_adjust(g, s, items[s->cursor], -1);
    if (in->pressed & IN_BIT(IN_RIGHT)) menu_adjust(g, s, items[s->cursor], +1);
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        menu_activate(g, s, items[s->cursor]);
        return;
    }
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        /* On the title, cancel does nothing: Quit is one of its choices. */
        if (s->kind == MENU_TITLE) return;
        game_sound(g, "cancel");
        if (s->kind == MENU_SETTINGS)
            menu_activate(g, s, ITEM_BACK);
        else
            game_screen_close(g, s);
    }
}

static uint32_t menu_click(game *g, game_screen *s, int x, int y)
{
    game_menu_kind kind = (game_menu_kind)s->kind;
    menu_item items[MENU_MAX_ITEMS];
    char labels[MENU_MAX_ITEMS][64];
    int n = menu_items(g, kind, items);
    for (int i = 0; i < n; i++) menu_label(g, items[i], labels[i], sizeof labels[i]);
    menu_layout l = menu_place(g, kind, n, labels);
    int row = y < l.rows_y ? -1 : (y - l.rows_y) / l.row_h;
    if (x < l.text_x - 20 || x > REN_LOGICAL_W - l.text_x + 80 || row < 0 || row >= n) return 0;
    s->cursor = row;
    /* A click on the right of a value raises it, on the left lowers it. */
    if (menu_volume(g, items[row]) || items[row] == ITEM_TEXT_SIZE) {
        menu_adjust(g, s, items[row], x > REN_LOGICAL_W / 2 ? +1 : -1);
        return 0;
    }
    menu_activate(g, s, items[row]);
    return 0;
}

/* The help line names the keys the player has now, so a remapped key is
 * never described by its old name. */
static void menu_help(const game *g, char *out, size_t size)
{
    char up[40], down[40], ok[40], back[40], pad_ok[40], pad_back[40], choose[96];
    game_key_label(g, IN_UP, false, up, sizeof up);
    game_key_label(g, IN_DOWN, false, down, sizeof down);
    game_key_label(g, IN_CONFIRM, false, ok, sizeof ok);
    game_key_label(g, IN_CANCEL, false, back, sizeof back);
    game_key_label(g, IN_CONFIRM, true, pad_ok, sizeof pad_ok);
    game_key_label(g, IN_CANCEL, true, pad_back, sizeof pad_back);
    bool arrows =
        game_key_bound(g, IN_UP, false, "Up") && game_key_bound(g, IN_DOWN, false, "Down");
    bool dpad =
        game_key_bound(g, IN_UP, true, "dpup") && game_key_bound(g, IN_DOWN, true, "dpdown");
    if (arrows && dpad)
        snprintf(choose, sizeof choose, "Arrows or d-pad");
    else
        snprintf(choose, sizeof choose, "%s/%s", arrows ? "Up" : up, arrows ? "Down" : down);
    snprintf(out, size, "%s: choose   %s%s%s: select   %s%s%s: back", choose, ok,
             pad_ok[0] ? " or " : "", pad_ok, back, pad_back[0] ? " or " : "", pad_back);
}

static void menu_draw(const game *g, const game_screen *s, game_painter *p)
{
    game_menu_kind kind = (game_menu_kind)s->kind;
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, kind, items);
    uint16_t panel = game_sprite(g, "ui_panel"), cursor = game_sprite(g, "ui_cursor");
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {170, 180, 200, 255};
    int line = txt_line_height(p->font);
    char labels[MENU_MAX_ITEMS][64];
    for (int i = 0; i < n; i++) menu_label(g, items[i], labels[i], sizeof labels[i]);
    menu_layout l = menu_place(g, kind, n, labels);
    int row_h = l.row_h, text_x = l.text_x, top = l.top;
    const int rows_y = l.rows_y;
    ren_rect box = l.box;
    if (s->covers) {
        ren_begin(p->ren, (ren_color){26, 28, 44, 255});
        /* The title over a strip of the office: the player between mentors.
         * A long menu (settings, larger text) hides what it would cover. */
        static const char *const cast[] = {"mentor_0", "player_down_0", "bug_0", "orb_0",
                                           "terminal_0", "mentor_1"};
        if (box.y >= 116)
            for (int i = 0; i < 6; i++)
                ren_draw_sprite(p->ren, game_sprite(g, cast[i]), 236 + i * 28, 96);
        const char *title = "SkillQuest";
        txt_font *big = p->font_big ? p->font_big : p->font;
        int tw = txt_measure(big, title, strlen(title));
        if (box.y >= 22 + txt_line_height(big) + 4)
            txt_draw(big, (REN_LOGICAL_W - tw) / 2, 22, title, strlen(title), accent);
        const char *sub = "From backend developer to backend engineer";
        int sw = txt_measure(p->font, sub, strlen(sub));
        if (box.y >= 64 + line + 4)
            txt_draw(p->font, (REN_LOGICAL_W - sw) / 2, 64, sub, strlen(sub), dim);
    } else {
        ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H},
                      (ren_color){8, 10, 20, 190});
    }
    ren_draw_nine_slice(p->ren, panel, box, 8);
    const char *heading = kind == MENU_TITLE ? "" : kind == MENU_PAUSE ? "Paused" : "Settings";
    txt_draw(p->font, text_x - 10, rows_y - top + 10, heading, strlen(heading), accent);
    for (int i = 0; i < n; i++) {
        bool on = i == s->cursor;
        int y = rows_y + i * row_h + (row_h - MENU_ROW) / 2;
        if (on) ren_draw_sprite(p->ren, cursor, text_x - 14, y + 5 + (line - 20) / 2);
        txt_draw(p->font, text_x, y, labels[i], strlen(labels[i]), on ? accent : text);
    }
    char help[320];
    menu_help(g, help, sizeof help);
    int hw = txt_measure(p->font, help, strlen(help));
    if (hw > REN_LOGICAL_W - 8) {
        /* Long key names: the words for the keyboard alone still fit. */
        char up[40], down[40], ok[40], back[40];
        snprintf(help, sizeof help, "%s/%s: choose   %s: select   %s: back",
                 game_key_label(g, IN_UP, false, up, sizeof up),
                 game_key_label(g, IN_DOWN, false, down, sizeof down),
                 game_key_label(g, IN_CONFIRM, false, ok, sizeof ok),
                 game_key_label(g, IN_CANCEL, false, back, sizeof back));
        hw = txt_measure(p->font, help, strlen(help));
    }
    txt_draw(p->font, (REN_LOGICAL_W - hw) / 2, REN_LOGICAL_H - 8 - line, help, strlen(help), dim);
}

const game_screen_ops game_menu_ops = {
    .name = "menu", .pauses_level = true, .tick = menu_tick, .draw = menu_draw, .click = menu_click,
};
