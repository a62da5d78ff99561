/* game_view: the level as the player sees it: tiles, people and things in
 * depth order, the prompt over what confirm would use, the goal list and the
 * rank panel, and a level error's banner. Draws, never changes the game. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

#define VIEW_MAX_SPRITES 1024

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
    int tx0 = cam_x / WLD_TILE - 1, ty0 = cam_y / WLD_TILE - 1;
    int tx1 = (cam_x + REN_LOGICAL_W) / WLD_TILE + 1, ty1 = (cam_y + REN_LOGICAL_H) / WLD_TILE + 1;
    for (int layer = 0; layer < WLD_LAYERS; layer++)
        for (int ty = ty0; ty <= ty1; ty++)
            for (int tx = tx0; tx <= tx1; tx++) {
                uint32_t tile = wld_map_tile(lv->world, tx, ty, layer);
                if (tile) ren_draw_tile(p->ren, tile, tx * WLD_TILE - cam_x, ty * WLD_TILE - cam_y);
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

static void view_draw_hud(const game *g, game_painter *p, int player_x, int player_y)
{
    const game_level *lv = &g->level;
    const game_career *pr = &g->progress;
    view_sprites s = view_lookup(g);
    int line = txt_line_height(p->font);
    /* Rank, skills and XP, top right: measured first, so the goal list stops short of it. */
    char stats[64];
    snprintf(stats, sizeof stats, "Skills %d  XP %d", pr->skill_count, pr->xp);
    const char *rank = pr->rank.title ? pr->rank.title : "";
    int sw = ui_width(p, stats) + 40, rw = ui_width(p, rank) + 24;
    if (rw > sw) sw = rw;
    int max_w = 360;
    if (max_w > REN_LOGICAL_W - sw - 6 - 14) max_w = REN_LOGICAL_W - sw - 6 - 14;
    /* Goals, top left: a mark and the words, never colour alone. When the
     * player walks under the list it folds to one line, out of the way. A
     * goal too long for the panel wraps under its mark. */
    int goals = lv->def.goal_count < 6 ? lv->def.goal_count : 6;
    int indent = ui_width(p, "[x] ");
    char texts[6][160];
    int goal_lines[6];
    int w = 0, lines = 0;
    for (int i = 0; i < goals; i++) {
        const lvl_goal *goal = &lv->def.goals[i];
        snprintf(texts[i], sizeof texts[i], "[%c] %s", lv->goal_done[i] ? 'x' : ' ',
                 goal->text ? goal->text : goal->target);
        int gw = ui_width(p, texts[i]) + 24;
        goal_lines[i] =
            gw <= max_w ? 1 : txt_count_lines(p->font, texts[i] + 4, max_w - 24 - indent);
        if (gw > w) w = gw;
        lines += goal_lines[i];
    }
    char title[96];
    snprintf(title, sizeof title, "%s", lv->def.title ? lv->def.title : "Level");
    int title_lines = txt_count_lines(p->font, title, max_w - 24);
    bool folded = player_x < max_w + 20 && player_y < 14 + line * (lines + title_lines + 1);
    if (folded) {
        int done = 0;
        for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++) done += lv->goal_done[i];
        snprintf(title, sizeof title, "Goals: %d of %d done", done, lv->def.goal_count);
        title_lines = txt_count_lines(p->font, title, max_w - 24);
        goals = 0;
        lines = 0;
        w = 0;
    }
    if (ui_width(p, title) + 24 > w) w = ui_width(p, title) + 24;
    if (w > max_w) w = max_w;
    int more = folded ? 0 : lv->def.goal_count - goals;
    int h = 14 + line * (lines + title_lines + (more > 0));
    ren_draw_nine_slice(p->ren, s.panel, (ren_rect){6, 6, w, h}, 8);
    txt_draw_wrapped(p->font, (ren_rect){16, 11, max_w - 24, line * title_lines}, title, UI_ACCENT);
    int y = 11 + line * title_lines;
    for (int i = 0; i < goals; i++) {
        ren_color c = lv->goal_done[i] ? UI_GOOD : UI_TEXT;
        if (goal_lines[i] == 1) {
            ui_text(p, 16, y, texts[i], c);
        } else {
            txt_draw(p->font, 16, y, texts[i], 4, c);
            ren_rect rest = {16 + indent, y, max_w - 24 - indent, line * goal_lines[i]};
            txt_draw_wrapped(p->font, rest, texts[i] + 4, c);
        }
        y += line * goal_lines[i];
    }
    if (more > 0) {
        char text[48];
        snprintf(text, sizeof text, "... and %d more", more);
        ui_text(p, 16, y, text, UI_DIM);
    }
    /* Taller than two lines need at the normal size: larger glyphs reach lower. */
    int stats_h = 10 + 2 * line + (line > 20 ? line - 20 : 0);
    ren_draw_nine_slice(p->ren, s.panel, (ren_rect){REN_LOGICAL_W - sw - 6, 6, sw, stats_h}, 8);
    ui_text(p, REN_LOGICAL_W - sw + 6, 11, rank, UI_ACCENT);
    ren_draw_sprite(p->ren, s.orb, REN_LOGICAL_W - sw + 2, 13 + line);
    ui_text(p, REN_LOGICAL_W - sw + 22, 12 + line, stats, UI_TEXT);
    if (lv->def.hint_count > lv->hints_shown) {
        char key[40];
        ui_key(g, IN_HINT, key, sizeof key);
        int hx = REN_LOGICAL_W - 8 - ui_hint_width(p, key, "Hint");
        ui_key_hint(p, hx < REN_LOGICAL_W - 96 ? hx : REN_LOGICAL_W - 96, REN_LOGICAL_H - line - 4,
                    key, "Hint");
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
        ren_begin(p->ren, (ren_color){26, 28, 44, 255});
        return;
    }
    ren_begin(p->ren, (ren_color){26, 28, 44, 255});
    /* While the world is paused nothing moves: draw the settled positions. */
    bool paused = game_level_paused(g) || (lv->result != 0 && lv->result != 2);
    if (paused) alpha = 1.0f;
    int cam_x, cam_y, player_x, player_y;
    view_draw_world(g, p, alpha, &cam_x, &cam_y, &player_x, &player_y);
    if (!paused) {
        int target = game_interact_target_of(g);
        const game_entity *e = game_entity_of_const(g, target);
        if (e) {
            float tx, ty;
            wld_interpolated(lv->world, e->handle, alpha, &tx, &ty);
            const char *label = e->label[0]                                          ? e->label
                                : !strcmp(e->type, "mentor") || !strcmp(e->type, "npc") ? "Talk"
                                : !strcmp(e->type, "sign")                           ? "Read"
                                : !strcmp(e->type, "gate")                           ? "Look"
                                                                                      : "Use";
            char ok[40];
            ui_key(g, IN_CONFIRM, ok, sizeof ok);
            /* Above the thing, kept on screen whatever the size of the words. */
            int hw = ui_hint_width(p, ok, label), line = txt_line_height(p->font);
            int hx = (int)tx - cam_x - 16, hy = (int)ty - cam_y - line - 14;
            if (hx > REN_LOGICAL_W - 4 - hw) hx = REN_LOGICAL_W - 4 - hw;
            if (hx < 4) hx = 4;
            if (hy < 4) hy = 4;
            ui_key_hint(p, hx, hy, ok, label);
        }
    }
    /* The goal list gives way to whatever is being said or asked. */
    const game_screen *top = game_screen_top_const(g);
    if (!top || !top->ops->queued) view_draw_hud(g, p, player_x, player_y);
    if (lv->error_ticks > 0 && lv->error[0]) view_draw_error_banner(g, p);
}
