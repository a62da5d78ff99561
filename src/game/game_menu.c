/* game_menu: the title screen, the pause menu and settings. Menus are lists
 * read by the same actions as the game (keyboard and gamepad) and by mouse
 * clicks; every value is shown in words as well as by position. Rows are
 * sized by the font, so every text size fits. */
#include "game_internal.h"

#include <stdio.h>
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
} menu_item;

#define MENU_MAX_ITEMS 8
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

/* Before the first drawing (headless tests click too) the normal size's layout. */
static int menu_row_h(const game *g)
{
    return g->menu_row_h > 0 ? g->menu_row_h : MENU_ROW;
}

static int menu_text_x(const game *g)
{
    return g->menu_text_x > 0 ? g->menu_text_x : MENU_X;
}

static int menu_items(const game *g, game_menu_kind kind, menu_item *out)
{
    int n = 0;
    switch (kind) {
    case MENU_TITLE:
        if (g->completed_count > 0 || g->skill_count > 0) out[n++] = ITEM_CONTINUE;
        out[n++] = ITEM_NEW_GAME;
        out[n++] = ITEM_SETTINGS;
        out[n++] = ITEM_QUIT;
        break;
    case MENU_PAUSE:
        out[n++] = ITEM_RESUME;
        out[n++] = ITEM_HINT;
        out[n++] = ITEM_CODEX;
        out[n++] = ITEM_SETTINGS;
        out[n++] = ITEM_RESTART;
        out[n++] = ITEM_TITLE;
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
    case MENU_NONE:
    case MENU_CODEX:
    case MENU_CONTROLS:
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
    case ITEM_HINT: snprintf(out, size, "Show a hint"); break;
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
    case ITEM_BACK: snprintf(out, size, "Back"); break;
    }
}

bool game_menu_over_title(const game *g)
{
    return g->menu == MENU_TITLE ||
           ((g->menu == MENU_SETTINGS || g->menu == MENU_CONTROLS) && g->menu_return == MENU_TITLE);
}

void game_menu_open(game *g, game_menu_kind kind)
{
    g->menu_return = g->menu;
    g->menu = kind;
    g->menu_cursor = 0;
}

static void menu_activate(game *g, menu_item item)
{
    game_sound(g, "confirm");
    switch (item) {
    case ITEM_CONTINUE:
        g->menu = MENU_NONE;
        game_start_playing(g, false);
        break;
    case ITEM_NEW_GAME:
        g->menu = MENU_NONE;
        game_start_playing(g, true);
        break;
    case ITEM_RESUME:
        g->menu = MENU_NONE;
        break;
    case ITEM_HINT:
        g->menu = MENU_NONE;
        game_show_hint(g);
        break;
    case ITEM_SETTINGS:
        game_menu_open(g, MENU_SETTINGS);
        break;
    case ITEM_CODEX:
        g->menu = MENU_CODEX;
        break;
    case ITEM_RESTART:
        g->menu = MENU_NONE;
        game_reload(g);
        break;
    case ITEM_TITLE:
        g->save_wanted = true;
        game_menu_open(g, MENU_TITLE);
        break;
    case ITEM_QUIT:
        g->quit = true;
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
        g->menu = g->menu_return == MENU_SETTINGS ? MENU_TITLE : g->menu_return;
        g->menu_cursor = 0;
        g->save_wanted = true; /* settings are kept with the progress */
        break;
    default:
        break;
    }
}

static void menu_adjust(game *g, menu_item item, int direction)
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
        menu_activate(g, item);
    }
}

void game_menu_tick(game *g, const in_frame *in)
{
    if (g->menu == MENU_CODEX) {
        game_codex_tick(g, in);
        return;
    }
    if (g->menu == MENU_CONTROLS) {
        game_controls_tick(g, in);
        return;
    }
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, g->menu, items);
    if (n == 0) return;
    if (g->menu_cursor >= n) g->menu_cursor = n - 1;
    if (in->pressed & IN_BIT(IN_UP)) {
        g->menu_cursor = (g->menu_cursor + n - 1) % n;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_DOWN)) {
        g->menu_cursor = (g->menu_cursor + 1) % n;
        game_sound(g, "cursor");
    }
    if (in->pressed & IN_BIT(IN_LEFT)) menu_adjust(g, items[g->menu_cursor], -1);
    if (in->pressed & IN_BIT(IN_RIGHT)) menu_adjust(g, items[g->menu_cursor], +1);
    if (in->pressed & IN_BIT(IN_CONFIRM)) {
        menu_activate(g, items[g->menu_cursor]);
        return;
    }
    if (in->pressed & (IN_BIT(IN_CANCEL) | IN_BIT(IN_MENU))) {
        game_sound(g, "cancel");
        if (g->menu == MENU_SETTINGS)
            menu_activate(g, ITEM_BACK);
        else if (g->menu == MENU_PAUSE)
            g->menu = MENU_NONE;
        /* On the title, cancel does nothing: Quit is one of its choices. */
    }
}

void game_menu_click(game *g, int x, int y)
{
    if (g->menu == MENU_CONTROLS) {
        game_controls_click(g, x, y);
        return;
    }
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, g->menu, items);
    int row_h = menu_row_h(g), text_x = menu_text_x(g);
    int top = menu_y(n, row_h);
    int row = y < top ? -1 : (y - top) / row_h;
    if (x < text_x - 20 || x > REN_LOGICAL_W - text_x + 80 || row < 0 || row >= n) return;
    g->menu_cursor = row;
    /* A click on the right of a value raises it, on the left lowers it. */
    if (menu_volume(g, items[row]) || items[row] == ITEM_TEXT_SIZE) {
        menu_adjust(g, items[row], x > REN_LOGICAL_W / 2 ? +1 : -1);
        return;
    }
    menu_activate(g, items[row]);
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

void game_menu_draw(game *g, game_painter *p)
{
    if (g->menu == MENU_CODEX) {
        game_codex_draw(g, p);
        return;
    }
    if (g->menu == MENU_CONTROLS) {
        game_controls_draw(g, p);
        return;
    }
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, g->menu, items);
    uint16_t panel = game_sprite(g, "ui_panel"), cursor = game_sprite(g, "ui_cursor");
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {170, 180, 200, 255};
    int line = txt_line_height(p->font);
    /* Rows as tall as a line needs, a panel as wide as the longest label. */
    int row_h = line + 4 > MENU_ROW ? line + 4 : MENU_ROW;
    int widest = 0;
    char labels[MENU_MAX_ITEMS][64];
    for (int i = 0; i < n; i++) {
        menu_label(g, items[i], labels[i], sizeof labels[i]);
        int w = txt_measure(p->font, labels[i], strlen(labels[i]));
        if (w > widest) widest = w;
    }
    int box_w = widest + 70 > MENU_BOX_W ? widest + 70 : MENU_BOX_W;
    if (box_w > REN_LOGICAL_W - 16) box_w = REN_LOGICAL_W - 16;
    int box_x = (REN_LOGICAL_W - box_w) / 2, text_x = box_x + 30;
    g->menu_row_h = row_h;
    g->menu_text_x = text_x;
    int top = g->menu == MENU_TITLE ? 16 : 40 + (line - 20); /* the title needs no heading row */
    const int rows_y = menu_y(n, row_h);
    ren_rect box = {box_x, rows_y - top, box_w, n * row_h + top + 16};
    if (game_menu_over_title(g)) {
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
    const char *heading = g->menu == MENU_TITLE ? "" : g->menu == MENU_PAUSE ? "Paused" : "Settings";
    txt_draw(p->font, text_x - 10, rows_y - top + 10, heading, strlen(heading), accent);
    for (int i = 0; i < n; i++) {
        bool on = i == g->menu_cursor;
        int y = rows_y + i * row_h + (row_h - MENU_ROW) / 2;
        if (on) ren_draw_sprite(p->ren, cursor, text_x - 14, y + 5 + (line - 20) / 2);
        txt_draw(p->font, text_x, y, labels[i], strlen(labels[i]), on ? accent : text);
    }
    char help[240];
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
