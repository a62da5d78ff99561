/* game_menu: the title screen, the pause menu and settings. Menus are lists
 * read by the same actions as the game (keyboard and gamepad) and by mouse
 * clicks; every value is shown in words as well as by position. */
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
} menu_item;

#define MENU_MAX_ITEMS 8
#define MENU_ROW 24
#define MENU_X 200
#define MENU_Y_MAX 160
#define MENU_BOTTOM 322 /* the help line sits below this */

/* Rows start lower for short menus and higher for long ones, so the box
 * never covers the help line. */
static int menu_y(int items)
{
    int y = MENU_BOTTOM - items * 24 - 16;
    return y < MENU_Y_MAX ? y : MENU_Y_MAX;
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
        out[n++] = ITEM_REDUCED_MOTION;
        out[n++] = ITEM_BACK;
        break;
    case MENU_NONE:
    case MENU_CODEX:
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
    case ITEM_BACK: snprintf(out, size, "Back"); break;
    }
}

bool game_menu_over_title(const game *g)
{
    return g->menu == MENU_TITLE || (g->menu == MENU_SETTINGS && g->menu_return == MENU_TITLE);
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
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, g->menu, items);
    int top = menu_y(n);
    int row = (y - top) / MENU_ROW;
    if (x < MENU_X - 20 || x > REN_LOGICAL_W - MENU_X + 80 || y < top || row >= n) return;
    g->menu_cursor = row;
    /* A click on the right of a value raises it, on the left lowers it. */
    if (menu_volume(g, items[row])) {
        menu_adjust(g, items[row], x > REN_LOGICAL_W / 2 ? +1 : -1);
        return;
    }
    menu_activate(g, items[row]);
}

void game_menu_draw(game *g, game_painter *p)
{
    if (g->menu == MENU_CODEX) {
        game_codex_draw(g, p);
        return;
    }
    menu_item items[MENU_MAX_ITEMS];
    int n = menu_items(g, g->menu, items);
    uint16_t panel = game_sprite(g, "ui_panel"), cursor = game_sprite(g, "ui_cursor");
    static const ren_color text = {240, 240, 232, 255}, accent = {255, 214, 102, 255},
                           dim = {170, 180, 200, 255};
    if (game_menu_over_title(g)) {
        ren_begin(p->ren, (ren_color){26, 28, 44, 255});
        /* The title over a strip of the office: the player between mentors. */
        static const char *const cast[] = {"mentor_0", "player_down_0", "bug_0", "orb_0",
                                           "terminal_0", "mentor_1"};
        for (int i = 0; i < 6; i++)
            ren_draw_sprite(p->ren, game_sprite(g, cast[i]), 236 + i * 28, 96);
        const char *title = "SkillQuest";
        txt_font *big = p->font_big ? p->font_big : p->font;
        int tw = txt_measure(big, title, strlen(title));
        txt_draw(big, (REN_LOGICAL_W - tw) / 2, 22, title, strlen(title), accent);
        const char *sub = "From backend developer to backend engineer";
        int sw = txt_measure(p->font, sub, strlen(sub));
        txt_draw(p->font, (REN_LOGICAL_W - sw) / 2, 64, sub, strlen(sub), dim);
    } else {
        ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H},
                      (ren_color){8, 10, 20, 190});
    }
    int top = g->menu == MENU_TITLE ? 16 : 40; /* the title needs no heading row */
    const int rows_y = menu_y(n);
    ren_rect box = {MENU_X - 30, rows_y - top, REN_LOGICAL_W - 2 * (MENU_X - 30), n * MENU_ROW + top + 16};
    ren_draw_nine_slice(p->ren, panel, box, 8);
    const char *heading = g->menu == MENU_TITLE ? "" : g->menu == MENU_PAUSE ? "Paused" : "Settings";
    txt_draw(p->font, MENU_X - 10, rows_y - 30, heading, strlen(heading), accent);
    for (int i = 0; i < n; i++) {
        char label[64];
        menu_label(g, items[i], label, sizeof label);
        bool on = i == g->menu_cursor;
        if (on) ren_draw_sprite(p->ren, cursor, MENU_X - 14, rows_y + i * MENU_ROW + 5);
        txt_draw(p->font, MENU_X, rows_y + i * MENU_ROW, label, strlen(label), on ? accent : text);
    }
    const char *help = "Arrows or d-pad: choose   Enter or A: select   Esc or B: back";
    int hw = txt_measure(p->font, help, strlen(help));
    txt_draw(p->font, (REN_LOGICAL_W - hw) / 2, REN_LOGICAL_H - 28, help, strlen(help), dim);
}
