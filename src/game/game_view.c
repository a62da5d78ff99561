/* game_view: the level as the player sees it: tiles, people and things in
 * depth order, the prompt over what confirm would use, the goal list and the
 * rank panel, and a level error's banner. Draws, never changes the game. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

#define VIEW_MAX_SPRITES 1024
#define VIEW_BACKGROUND ((ren_color){26, 28, 44, 255})

typedef struct {
    uint16_t panel, star, orb, shadow;
} view_sprites;

static view_sprites view_lookup(const game *g)
{
    return (view_sprites){game_sprite(g, "ui_panel"), game_sprite(g, "ui_star"),
                          game_anim(g, "orb"), game_sprite(g, "shadow")};
}

/* Where the camera stands and the player is on screen: what the dialogue box
 * keeps clear of. */
static void view_camera(const game *g, float alpha, int *cam_x, int *cam_y, float *px, float *py)
{
    const game_level *lv = &g->level;
    *px = *py = 0;
    int pw = 0, ph = 0;
    const game_entity *pl = game_entity_of_const(g, lv->player_id);
    if (pl) {
        wld_interpolated(lv->world, pl->handle, alpha, px, py);
        wld_size(lv->world, pl->handle, &pw, &ph);
    }
    float cfx, cfy;
    wld_camera(lv->world, *px + pw / 2.0f, *py + ph / 2.0f, REN_LOGICAL_W, REN_LOGICAL_H, &cfx, &cfy);
    *cam_x = (int)(cfx < 0 ? cfx - 0.5f : cfx + 0.5f);
    *cam_y = (int)(cfy < 0 ? cfy - 0.5f : cfy + 0.5f);
}

int game_view_player_y(const game *g)
{
    if (!g->level.world) return 0;
    int cam_x, cam_y;
    float px, py;
    view_camera(g, 1.0f, &cam_x, &cam_y, &px, &py);
    return (int)py - cam_y;
}

/* The tile layers in the square (x, y, w, h) of the map, bottom layer first, each row
 * by row; tiles up to two tiles big reach in from outside it (a 16x32 tile, a turned
 * one), so those around it are drawn too and clipped. */
static void view_paint_tiles(void *user, ren_context *ren, int x, int y, int w, int h)
{
    const world *wd = user;
    int tx0 = x / WLD_TILE - 2, ty0 = y / WLD_TILE - 2;
    int tx1 = (x + w) / WLD_TILE + 2, ty1 = (y + h) / WLD_TILE + 2;
    if (tx0 < 0) tx0 = 0;
    if (ty0 < 0) ty0 = 0;
    if (tx1 >= wld_map_width(wd)) tx1 = wld_map_width(wd) - 1;
    if (ty1 >= wld_map_height(wd)) ty1 = wld_map_height(wd) - 1;
    for (int layer = 0; layer < WLD_LAYERS; layer++)
        for (int ty = ty0; ty <= ty1; ty++)
            for (int tx = tx0; tx <= tx1; tx++) {
                uint32_t tile = wld_map_tile(wd, tx, ty, layer);
                if (tile) ren_draw_tile(ren, tile, tx * WLD_TILE - x, ty * WLD_TILE - y);
            }
}

static void view_draw_world(const game *g, game_painter *p, float alpha, int *cam_x_out, int *cam_y_out,
                          int *player_x, int *player_y)
{
    const game_level *lv = &g->level;
    view_sprites s = view_lookup(g);
    float px = 0, py = 0;
    int pw = 0, ph = 0;
    const game_entity *pl = game_entity_of_const(g, lv->player_id);
    if (pl) {
        wld_interpolated(lv->world, pl->handle, alpha, &px, &py);
        wld_size(lv->world, pl->handle, &pw, &ph);
    }
    float cfx, cfy;
    wld_camera(lv->world, px + pw / 2.0f, py + ph / 2.0f, REN_LOGICAL_W, REN_LOGICAL_H, &cfx, &cfy);
    int cam_x = (int)(cfx < 0 ? cfx - 0.5f : cfx + 0.5f);
    int cam_y = (int)(cfy < 0 ? cfy - 0.5f : cfy + 0.5f);
    if (!game_map_plain(g)) {
        /* Tiled's extras (animations, parallax, tints, pictures, text) are drawn as
         * Tiled shows them, every frame. */
        game_map_draw(g, p, cam_x, cam_y);
    } else if (!ren_draw_cached(p->ren, wld_map_version(lv->world), cam_x, cam_y, VIEW_BACKGROUND,
                                view_paint_tiles, lv->world)) {
        /* Plain tile layers never move: drawn once into cached squares, then copied. */
        ren_begin(p->ren, VIEW_BACKGROUND);
        view_paint_tiles(lv->world, p->ren, cam_x, cam_y, REN_LOGICAL_W, REN_LOGICAL_H);
    }
    wld_draw_item items[VIEW_MAX_SPRITES];
    int n = wld_collect_visible(lv->world, (float)cam_x, (float)cam_y, REN_LOGICAL_W, REN_LOGICAL_H,
                                alpha, items, VIEW_MAX_SPRITES);
    for (int i = 0; i < n; i++) {
        const wld_draw_item *it = &items[i];
        int x = (int)(it->x + (it->x < 0 ? -0.5f : 0.5f)) - cam_x;
        int y = (int)(it->y + (it->y < 0 ? -0.5f : 0.5f)) - cam_y;
        /* Characters cast a shadow; props and pickups do not. */
        if (it->kind != GAME_KIND_THING) ren_draw_sprite(p->ren, s.shadow, x, y + 10);
        /* With reduced motion the player stays see-through instead of blinking. */
        bool faded = g->settings.reduced_motion ? lv->hurt_timer > 0 : (lv->hurt_timer / 6) % 2;
        if (it->kind == GAME_KIND_PLAYER && lv->hurt_timer > 0 && faded) {
            /* Blink while invulnerable: shown by shape, not only by colour. */
            ren_draw_sprite_mod(p->ren, it->sprite, x, y, (ren_color){255, 255, 255, 90});
            continue;
        }
        ren_draw_sprite(p->ren, it->sprite, x, y);
    }
    *cam_x_out = cam_x;
    *cam_y_out = cam_y;
    *player_x = (int)px - cam_x;
    *player_y = (int)py - cam_y;
    if (g->progress.rank_flash > 0) {
        /* A promotion: stars circle the player (they hold still with reduced motion). */
        static const int ring[8][2] = {{0, -22}, {16, -16}, {22, 0}, {16, 16},
                                       {0, 22}, {-16, 16}, {-22, 0}, {-16, -16}};
        int turn = g->settings.reduced_motion ? 0 : (g->progress.rank_flash / 6) % 8;
        for (int k = 0; k < 8; k++) {
            const int *o = ring[(k + turn) % 8];
            ren_draw_sprite(p->ren, s.star, *player_x + 1 + o[0], *player_y - 4 + o[1]);
        }
    }
}

/* A panel that would cover the player moves to the other edge of the
 * screen; one that would cover them there too is drawn see-through. */
static ren_rect view_dodge(ren_rect r, int player_x, int player_y, bool *faded)
{
    ren_rect player = {player_x - 4, player_y - 12, 24, 30};
    bool hit = r.x < player.x + player.w && player.x < r.x + r.w && r.y < player.y + player.h &&
               player.y < r.y + r.h;
    *faded = false;
    if (!hit) return r;
    ren_rect moved = r;
    moved.y = r.y < REN_LOGICAL_H / 2 ? REN_LOGICAL_H - 6 - r.h : 6;
    hit = moved.x < player.x + player.w && player.x < moved.x + moved.w &&
          moved.y < player.y + player.h && player.y < moved.y + moved.h;
    *faded = hit;
    return moved;
}

static void view_panel(game_painter *p, uint16_t sprite, ren_rect r, bool faded)
{
    if (faded)
        ren_fill_rect(p->ren, r, (ren_color){16, 20, 40, 110});
    else
        ren_draw_nine_slice(p->ren, sprite, r, 8);
}

/* The goal panel's words and where it goes; drawing and clicks both use it. */
typedef struct {
    char key[40], head[200], hint[GAME_PAGE_BYTES], stats[96];
    char texts[GAME_MAX_GOALS][170];
    int goals, goal, kw, text_w, head_lines, hint_lines, max_w, sw, line;
    ren_rect panel, stats_rect;
    bool panel_faded, stats_faded;
} view_hud;

static void view_hud_layout(const game *g, int player_x, int player_y, view_hud *v)
{
    const game_level *lv = &g->level;
    const game_career *pr = &g->progress;
    int line = v->line = ui_line(g);
    ui_key(g, IN_HINT, v->key, sizeof v->key);
    v->goal = game_current_goal(g);
    int done = 0;
    for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++) done += lv->goal_done[i];
    /* Rank and numbers first: the goal panel stops short of them. */
    int learning = game_learning_count(g);
    if (learning > 0)
        snprintf(v->stats, sizeof v->stats, "%s  |  %d skill%s, %d learning  %d XP",
                 pr->rank.title ? pr->rank.title : "", game_skill_count(g),
                 game_skill_count(g) == 1 ? "" : "s", learning, pr->xp);
    else
        snprintf(v->stats, sizeof v->stats, "%s  |  %d skill%s  %d XP",
                 pr->rank.title ? pr->rank.title : "", game_skill_count(g),
                 game_skill_count(g) == 1 ? "" : "s", pr->xp);
    v->sw = ui_measure(g, v->stats) + 30;
    v->max_w = REN_LOGICAL_W - 12 - 8 - (v->sw < 300 ? v->sw : 0);
    if (v->max_w > 420) v->max_w = 420;
    if (v->max_w < 200) v->max_w = REN_LOGICAL_W - 12;
    if (v->goal < 0 && lv->def.goal_count > 0)
        snprintf(v->head, sizeof v->head, "Every goal done: find the exit");
    else if (v->goal >= 0)
        snprintf(v->head, sizeof v->head, "%s  (%d of %d)",
                 lv->def.goals[v->goal].text ? lv->def.goals[v->goal].text : lv->def.goals[v->goal].target,
                 done + 1, lv->def.goal_count);
    else
        snprintf(v->head, sizeof v->head, "%s", lv->def.title ? lv->def.title : "");
    v->kw = ui_measure(g, v->key) + 8;
    v->text_w = v->max_w - 24 - v->kw - 8;
    v->head_lines = ui_count_lines(g, v->head, v->text_w);
    if (v->head_lines > 2) v->head_lines = 2;
    int h = 12 + line * v->head_lines;
    /* Open: every goal, then the hint of the goal in hand. */
    v->goals = lv->def.goal_count < GAME_MAX_GOALS ? lv->def.goal_count : GAME_MAX_GOALS;
    v->hint_lines = 0;
    if (lv->goals_open) {
        int list_lines = 0;
        for (int i = 0; i < v->goals; i++) {
            const lvl_goal *gl = &lv->def.goals[i];
            /* A skill taught but not yet used right says so in words. */
            bool goal_learning = !lv->goal_done[i] && gl->kind == LVL_GOAL_COLLECT &&
                            game_skill_learning(g, gl->target);
            snprintf(v->texts[i], sizeof v->texts[i], "[%c] %s%s", lv->goal_done[i] ? 'x' : ' ',
                     gl->text ? gl->text : gl->target, goal_learning ? " (learning)" : "");
            list_lines += ui_count_lines(g, v->texts[i], v->max_w - 24);
        }
        if (!game_goal_hint(g, v->hint, sizeof v->hint))
            snprintf(v->hint, sizeof v->hint, "No hint here: look around and talk to people.");
        v->hint_lines = ui_count_lines(g, v->hint, v->max_w - 24);
        h += 6 + line * (list_lines + v->hint_lines) + 6;
        if (h > REN_LOGICAL_H - 16) h = REN_LOGICAL_H - 16;
    }
    v->panel = view_dodge((ren_rect){6, 6, v->max_w, h}, player_x, player_y, &v->panel_faded);
    ren_rect sr = {REN_LOGICAL_W - v->sw - 6, 6, v->sw, line + 12};
    if (v->sw >= 300) sr.y = REN_LOGICAL_H - line - 18;
    v->stats_rect = view_dodge(sr, player_x, player_y, &v->stats_faded);
    /* Both moved to the same edge: the goals go just inside the rank panel,
     * never under it. */
    ren_rect a = v->panel, b = v->stats_rect;
    if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h)
        v->panel.y = b.y < REN_LOGICAL_H / 2 ? b.y + b.h + 4 : b.y - a.h - 4;
}

/* The goals, top left: one line with the goal in hand and the hint key, or
 * (the hint key, a click) the whole list with the hint under the goal in
 * hand. Rank, skills and XP, top right. Both give way to the player. */
static void view_draw_hud(const game *g, game_painter *p, int player_x, int player_y)
{
    const game_level *lv = &g->level;
    view_sprites s = view_lookup(g);
    view_hud v;
    view_hud_layout(g, player_x, player_y, &v);
    int line = txt_line_height(p->font);
    ren_rect r = v.panel;
    /* A place with nothing to do and nothing to hint (the hub) shows no goal panel. */
    if (lv->def.goal_count > 0 || lv->def.hint_count > 0) {
        view_panel(p, s.panel, r, v.panel_faded);
        int x = r.x + 10, y = r.y + 6;
        /* The key that opens the list, as a keycap, then the goal in hand. */
        ren_fill_rect(p->ren, (ren_rect){x, y + 1, v.kw, line}, (ren_color){236, 236, 228, 255});
        ui_text(p, x + 4, y + 1, v.key, (ren_color){30, 34, 52, 255});
        txt_draw_wrapped(p->font, (ren_rect){x + v.kw + 8, y, v.text_w, line * v.head_lines}, v.head,
                         v.goal < 0 && lv->def.goal_count ? UI_GOOD : UI_ACCENT);
        y += line * v.head_lines + 6;
        if (lv->goals_open) {
            int bottom = r.y + r.h - 6;
            for (int i = 0; i < v.goals && y + line <= bottom; i++) {
                int n = txt_count_lines(p->font, v.texts[i], v.max_w - 24);
                txt_draw_wrapped(p->font, (ren_rect){x, y, v.max_w - 24, line * n}, v.texts[i],
                                 lv->goal_done[i] ? UI_GOOD : i == v.goal ? UI_TEXT : UI_DIM);
                y += line * n;
            }
            int room = (bottom - y) / line;
            int shown = v.hint_lines < room ? v.hint_lines : room;
            if (shown > 0)
                txt_draw_wrapped(p->font, (ren_rect){x, y + 2, v.max_w - 24, line * shown}, v.hint,
                                 UI_ACCENT);
        }
    }
    /* The numbers, top right, on one line. */
    view_panel(p, s.panel, v.stats_rect, v.stats_faded);
    ren_draw_sprite(p->ren, s.orb, v.stats_rect.x + 6, v.stats_rect.y + 6 + (line - 16) / 2);
    ui_text(p, v.stats_rect.x + 22, v.stats_rect.y + 6, v.stats, UI_TEXT);
}

/* A click on the goal panel opens or closes it, as the hint key does. */
void game_view_click(game *g, int x, int y)
{
    if (!g->level.loaded || !g->level.world) return;
    int cam_x, cam_y;
    float px, py;
    view_camera(g, 1.0f, &cam_x, &cam_y, &px, &py);
    view_hud v;
    view_hud_layout(g, (int)px - cam_x, (int)py - cam_y, &v);
    ren_rect r = v.panel;
    bool goal_panel = g->level.def.goal_count > 0 || g->level.def.hint_count > 0;
    if (goal_panel && x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h) game_show_hint(g);
}

#define VIEW_LABEL_MAX_W 148 /* a label wraps here: neighbours 10 tiles apart never touch */

/* Labels a level keeps shown (port numbers, URLs, a portal's field and
 * state), above the picture of what they name, wrapped to a few lines ('\n'
 * starts one); and what the player carries, over their head. */
static void view_draw_labels(const game *g, game_painter *p, int cam_x, int cam_y, float alpha)
{
    const game_level *lv = &g->level;
    int line = txt_line_height(p->font);
    for (int i = 0; i < lv->entity_cap; i++) {
        const game_entity *e = &lv->entities[i];
        if (!e->used || !e->label_always || !e->label[0] || i + 1 == lv->carried) continue;
        if (!wld_alive(lv->world, e->handle)) continue;
        float x, y;
        int w, h, dx, dy;
        wld_interpolated(lv->world, e->handle, alpha, &x, &y);
        wld_size(lv->world, e->handle, &w, &h);
        wld_sprite_offset(lv->world, e->handle, &dx, &dy);
        int tw = ui_width(p, e->label);
        if (tw > VIEW_LABEL_MAX_W || strchr(e->label, '\n')) {
            /* As wide as its longest line, at most the maximum. */
            txt_line lines[6];
            int n = txt_wrap_font(p->font, e->label, VIEW_LABEL_MAX_W, lines, 6);
            if (n > 6) n = 6; /* it returns the lines the whole label needs */
            tw = 0;
            for (int k = 0; k < n; k++) {
                int lw = txt_measure(p->font, e->label + lines[k].start, lines[k].len);
                if (lw > tw) tw = lw;
            }
        }
        int rows = txt_count_lines(p->font, e->label, tw + 1);
        int top = dy < -2 ? dy : -2; /* the picture's top, or just above the collider */
        int sx = (int)x - cam_x + w / 2, sy = (int)y - cam_y + top - 2 - line * rows;
        if (sx < -200 || sx > REN_LOGICAL_W + 200 || sy < -line * rows || sy > REN_LOGICAL_H) continue;
        if (sy < 2) sy = 2; /* a label above the map's top edge stays readable */
        int lx = sx - tw / 2;
        if (lx < 2) lx = 2;
        if (lx + tw > REN_LOGICAL_W - 2) lx = REN_LOGICAL_W - 2 - tw;
        ren_fill_rect(p->ren, (ren_rect){lx - 3, sy - 1, tw + 6, line * rows + 2},
                      (ren_color){12, 14, 28, 200});
        txt_draw_wrapped(p->font, (ren_rect){lx, sy, tw + 1, line * rows}, e->label, UI_TEXT);
    }
}

static void view_draw_carried(const game *g, game_painter *p, int player_x, int player_y)
{
    const game_level *lv = &g->level;
    const game_entity *e = game_entity_of_const(g, lv->carried);
    if (!e) return;
    ren_draw_sprite(p->ren, wld_sprite(lv->world, e->handle), player_x - 3, player_y - 22);
    if (e->label[0]) {
        int tw = ui_width(p, e->label), line = txt_line_height(p->font);
        int lx = player_x + 5 - tw / 2;
        if (lx < 2) lx = 2;
        if (lx + tw > REN_LOGICAL_W - 2) lx = REN_LOGICAL_W - 2 - tw;
        ren_fill_rect(p->ren, (ren_rect){lx - 3, player_y - 24 - line, tw + 6, line + 2},
                      (ren_color){12, 14, 28, 200});
        ui_text(p, lx, player_y - 23 - line, e->label, UI_ACCENT);
    }
}

/* The level's readout (sq.panel), at the right: words first, a bar under
 * each number that has one, its state said in words as well as colour. */
static void view_draw_panel(const game *g, game_painter *p, int player_x, int player_y)
{
    const game_panel *gp = &g->level.panel;
    if (!gp->shown) return;
    int line = txt_line_height(p->font);
    static const char *const tone_words[] = {"", "", " (warning)", " (over)"};
    static const ren_color tone_colors[] = {{170, 190, 230, 255}, {120, 210, 140, 255},
                                            {240, 190, 90, 255},  {240, 110, 100, 255}};
    int w = 236, h = 12 + (gp->title[0] ? line + 2 : 0);
    for (int i = 0; i < gp->count; i++) h += line + (gp->lines[i].bar ? 8 : 0) + 2;
    bool faded;
    ren_rect r = view_dodge((ren_rect){REN_LOGICAL_W - w - 6, 6 + line + 18, w, h}, player_x, player_y,
                            &faded);
    view_panel(p, game_sprite(g, "ui_panel"), r, faded);
    int x = r.x + 10, y = r.y + 6;
    if (gp->title[0]) {
        ui_text(p, x, y, gp->title, UI_ACCENT);
        y += line + 2;
    }
    for (int i = 0; i < gp->count; i++) {
        const game_panel_line *l = &gp->lines[i];
        char words[120];
        snprintf(words, sizeof words, "%s%s", l->text, tone_words[l->tone & 3]);
        ren_color c = l->tone == 3 ? UI_BAD : l->tone == 2 ? UI_ACCENT : l->tone == 1 ? UI_GOOD : UI_TEXT;
        ui_text(p, x, y, words, c);
        y += line;
        if (l->bar) {
            int bw = w - 20;
            ren_fill_rect(p->ren, (ren_rect){x, y + 1, bw, 5}, (ren_color){30, 34, 56, 255});
            int fill = (int)(l->value * (float)bw + 0.5f);
            ren_fill_rect(p->ren, (ren_rect){x, y + 1, fill, 5}, tone_colors[l->tone & 3]);
            if (l->marker >= 0) {
                int mx = x + (int)(l->marker * (float)bw + 0.5f);
                ren_fill_rect(p->ren, (ren_rect){mx - 1, y - 1, 2, 9}, UI_TEXT);
            }
            y += 8;
        }
        y += 2;
    }
}

/* A line that says what just happened (a bite), low on the screen. */
static void view_draw_toast(const game *g, game_painter *p, int player_x, int player_y)
{
    const game_level *lv = &g->level;
    if (lv->toast_ticks <= 0 || !lv->toast[0]) return;
    view_hud v;
    view_hud_layout(g, player_x, player_y, &v);
    int line = txt_line_height(p->font);
    int w = ui_width(p, lv->toast) + 24;
    if (w > REN_LOGICAL_W - 16) w = REN_LOGICAL_W - 16;
    /* A long reason wraps (three lines at most) instead of running off. */
    int rows = txt_count_lines(p->font, lv->toast, w - 24);
    if (rows > 3) rows = 3;
    if (rows < 1) rows = 1;
    ren_rect r = {(REN_LOGICAL_W - w) / 2, REN_LOGICAL_H - line * rows - 40, w, line * rows + 12};
    /* Above the rank panel when that sits at the bottom, never over it. */
    ren_rect sr = v.stats_rect;
    if (r.x < sr.x + sr.w && sr.x < r.x + r.w && r.y < sr.y + sr.h && sr.y < r.y + r.h) r.y = sr.y - r.h - 4;
    ren_fill_rect(p->ren, r, (ren_color){70, 16, 24, 230});
    ren_outline_rect(p->ren, r, UI_BAD);
    txt_draw_wrapped(p->font, (ren_rect){r.x + 12, r.y + 6, r.w - 24, line * rows}, lv->toast,
                     UI_TEXT);
}

/* What the level printed, for its author: F3 opens it over the room (a
 * --level session says when there is something new to read). */
static void view_draw_log(const game *g, game_painter *p)
{
    const game_ui *ui = &g->ui;
    int line = txt_line_height(p->font);
    if (!ui->log_open) {
        if (!g->cfg.author_mode || ui->log_unread == 0) return;
        char badge[48];
        snprintf(badge, sizeof badge, "F3: level log (%d new)", ui->log_unread);
        int w = ui_width(p, badge) + 12;
        ren_fill_rect(p->ren, (ren_rect){6, REN_LOGICAL_H - line - 10, w, line + 4},
                      (ren_color){12, 14, 28, 200});
        ui_text(p, 12, REN_LOGICAL_H - line - 8, badge, UI_DIM);
        return;
    }
    int w = REN_LOGICAL_W - 12, inner = w - 16;
    int rows = 0;
    for (int i = 0; i < ui->log_count; i++) rows += txt_count_lines(p->font, ui->log[i], inner);
    if (rows > 10) rows = 10;
    ren_rect r = {6, REN_LOGICAL_H - 14 - line * (rows + 1), w, line * (rows + 1) + 8};
    ren_fill_rect(p->ren, r, (ren_color){12, 14, 28, 225});
    ren_outline_rect(p->ren, r, UI_DIM);
    ui_text(p, r.x + 8, r.y + 4, ui->log_count ? "Level log (F3 closes)" : "Level log (F3 closes): print(...) in a level shows here",
            UI_ACCENT);
    /* The newest lines, from the bottom up. */
    int y = r.y + r.h - 4;
    for (int i = ui->log_count - 1; i >= 0 && y > r.y + 4 + line; i--) {
        int n = txt_count_lines(p->font, ui->log[i], inner);
        y -= line * n;
        if (y < r.y + 4 + line) break;
        txt_draw_wrapped(p->font, (ren_rect){r.x + 8, y, inner, line * n}, ui->log[i], UI_TEXT);
    }
}

static void view_draw_error_banner(const game *g, game_painter *p)
{
    const game_level *lv = &g->level;
    int line = txt_line_height(p->font);
    ren_rect box = {8, REN_LOGICAL_H - 12 - line * 3 - 16, REN_LOGICAL_W - 16, line * 3 + 16};
    ren_fill_rect(p->ren, box, (ren_color){70, 16, 24, 235});
    ren_outline_rect(p->ren, box, UI_BAD);
    ui_text(p, box.x + 8, box.y + 6, "Level error:", UI_BAD);
    txt_draw_wrapped(p->font, (ren_rect){box.x + 8, box.y + 6 + line, box.w - 16, line * 2}, lv->error,
                     UI_TEXT);
}

void game_view_draw(const game *g, game_painter *p, float alpha)
{
    const game_level *lv = &g->level;
    if (!lv->world) {
        ren_begin(p->ren, VIEW_BACKGROUND);
        return;
    }
    if (game_map_plain(g)) {
        /* The cached tile layers cover the frame (view_draw_world): no clear first. */
        ren_begin_covered(p->ren);
    } else {
        /* A Tiled map's background colour, where it has one, around and under its tiles. */
        const uint8_t *bg = lv->def.map.background;
        ren_begin(p->ren, bg[3] ? (ren_color){bg[0], bg[1], bg[2], 255} : VIEW_BACKGROUND);
    }
    /* While the world is paused nothing moves: draw the settled positions. */
    bool paused = game_level_paused(g) || (lv->result != 0 && lv->result != 2);
    if (paused) alpha = 1.0f;
    int cam_x, cam_y, player_x, player_y;
    view_draw_world(g, p, alpha, &cam_x, &cam_y, &player_x, &player_y);
    view_draw_labels(g, p, cam_x, cam_y, alpha);
    view_draw_carried(g, p, player_x, player_y);
    if (!paused) {
        int target = game_interact_target_of(g);
        const game_entity *e = game_entity_of_const(g, target);
        if (e) {
            float tx, ty;
            wld_interpolated(lv->world, e->handle, alpha, &tx, &ty);
            const char *verb = !strcmp(e->type, "mentor") || !strcmp(e->type, "npc") ? "Talk"
                               : !strcmp(e->type, "sign") || !strcmp(e->type, "signpost") ? "Read"
                               : !strcmp(e->type, "gate")                                 ? "Look"
                               : !strcmp(e->type, "portal")                               ? "Go in"
                                                                                          : "Use";
            /* A label shown all the time is already there: the key says what it does. */
            const char *label = e->label[0] && !e->label_always ? e->label : verb;
            char ok[40];
            ui_key(g, IN_CONFIRM, ok, sizeof ok);
            /* Above the thing (below it when its label is above), kept on screen
             * whatever the size of the words. */
            int hw = ui_hint_width(p, ok, label), line = txt_line_height(p->font);
            int w, h;
            wld_size(lv->world, e->handle, &w, &h);
            int hx = (int)tx - cam_x - 16,
                hy = e->label_always ? (int)ty - cam_y + h + 4 : (int)ty - cam_y - line - 14;
            if (hx > REN_LOGICAL_W - 4 - hw) hx = REN_LOGICAL_W - 4 - hw;
            if (hx < 4) hx = 4;
            if (hy < 4) hy = 4;
            ui_key_hint(p, hx, hy, ok, label);
        }
    }
    /* The goal list gives way to whatever is being said or asked. */
    const game_screen *top = game_screen_top_const(g);
    if (!top || !top->ops->queued) {
        view_draw_hud(g, p, player_x, player_y);
        view_draw_panel(g, p, player_x, player_y);
    }
    view_draw_toast(g, p, player_x, player_y);
    view_draw_log(g, p);
    if (lv->error_ticks > 0 && lv->error[0]) view_draw_error_banner(g, p);
}
