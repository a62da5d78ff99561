/* game_ui: drawing a level and its overlays: tiles, entities, the goal list,
 * dialogue boxes, quizzes with feedback, the level summary and errors.
 * State is never carried by colour alone: marks and words say it too. */
#include "game_internal.h"

#include <stdio.h>
#include <string.h>

static const ren_color UI_TEXT = {240, 240, 232, 255};
static const ren_color UI_ACCENT = {255, 214, 102, 255};
static const ren_color UI_DIM = {170, 180, 200, 255};
static const ren_color UI_GOOD = {140, 230, 160, 255};
static const ren_color UI_BAD = {255, 150, 140, 255};
static const ren_color UI_BACKDROP = {8, 10, 20, 170};

typedef struct {
    uint16_t panel, arrow, cursor, star, orb, shadow;
} ui_sprites;

static ui_sprites ui_lookup(const game *g)
{
    return (ui_sprites){game_sprite(g, "ui_panel"), game_sprite(g, "ui_arrow"),
                        game_sprite(g, "ui_cursor"), game_sprite(g, "ui_star"),
                        game_anim(g, "orb"), game_sprite(g, "shadow")};
}

static int ui_text(game_painter *p, int x, int y, const char *s, ren_color c)
{
    return txt_draw(p->font, x, y, s, strlen(s), c);
}

static int ui_width(game_painter *p, const char *s)
{
    return txt_measure(p->font, s, strlen(s));
}

static void ui_key_hint(game_painter *p, int x, int y, const char *key, const char *label)
{
    int kw = ui_width(p, key) + 8, lw = ui_width(p, label);
    int h = txt_line_height(p->font) + 2;
    ren_fill_rect(p->ren, (ren_rect){x - 2, y - 2, kw + lw + 14, h + 4}, (ren_color){16, 20, 40, 210});
    ren_fill_rect(p->ren, (ren_rect){x, y, kw, h}, (ren_color){236, 236, 228, 255});
    ren_fill_rect(p->ren, (ren_rect){x, y + h - 2, kw, 2}, (ren_color){150, 150, 160, 255});
    ui_text(p, x + 4, y, key, (ren_color){30, 34, 52, 255});
    ui_text(p, x + kw + 6, y + 1, label, UI_TEXT);
}

static void ui_draw_world(game *g, game_painter *p, float alpha, int *cam_x_out, int *cam_y_out,
                          int *player_x, int *player_y)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    float px = 0, py = 0;
    int pw = 0, ph = 0;
    game_entity *pl = game_entity_of(g, lv->player_id);
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
    static wld_draw_item items[1024];
    int n = wld_collect_visible(lv->world, (float)cam_x, (float)cam_y, REN_LOGICAL_W, REN_LOGICAL_H,
                                alpha, items, 1024);
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
    if (g->rank_flash > 0) {
        /* A promotion: stars circle the player (they hold still with reduced motion). */
        static const int ring[8][2] = {{0, -22}, {16, -16}, {22, 0}, {16, 16},
                                       {0, 22}, {-16, 16}, {-22, 0}, {-16, -16}};
        int turn = g->settings.reduced_motion ? 0 : (g->rank_flash / 6) % 8;
        for (int k = 0; k < 8; k++) {
            const int *o = ring[(k + turn) % 8];
            ren_draw_sprite(p->ren, s.star, *player_x + 1 + o[0], *player_y - 4 + o[1]);
        }
    }
}

static void ui_draw_hud(game *g, game_painter *p, int player_x, int player_y)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    /* Goals, top left: a mark and the words, never colour alone. When the
     * player walks under the list it folds to one line, out of the way. */
    int goals = lv->def.goal_count < 6 ? lv->def.goal_count : 6;
    bool folded = player_x < 380 && player_y < 14 + line * (goals + 2);
    char title[96];
    snprintf(title, sizeof title, "%s", lv->def.title ? lv->def.title : "Level");
    if (folded) {
        int done = 0;
        for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++) done += lv->goal_done[i];
        snprintf(title, sizeof title, "Goals: %d of %d done", done, lv->def.goal_count);
        goals = 0;
    }
    int w = ui_width(p, title) + 24;
    for (int i = 0; i < goals; i++) {
        const lvl_goal *goal = &lv->def.goals[i];
        char text[160];
        snprintf(text, sizeof text, "[%c] %s", lv->goal_done[i] ? 'x' : ' ',
                 goal->text ? goal->text : goal->target);
        int gw = ui_width(p, text) + 24;
        if (gw > w) w = gw;
    }
    if (w > 360) w = 360;
    int more = folded ? 0 : lv->def.goal_count - goals;
    int h = 14 + line * (goals + 1 + (more > 0));
    ren_draw_nine_slice(p->ren, s.panel, (ren_rect){6, 6, w, h}, 8);
    ui_text(p, 16, 11, title, UI_ACCENT);
    for (int i = 0; i < goals; i++) {
        const lvl_goal *goal = &lv->def.goals[i];
        char text[160];
        snprintf(text, sizeof text, "[%c] %s", lv->goal_done[i] ? 'x' : ' ',
                 goal->text ? goal->text : goal->target);
        ui_text(p, 16, 11 + line * (i + 1), text, lv->goal_done[i] ? UI_GOOD : UI_TEXT);
    }
    if (more > 0) {
        char text[48];
        snprintf(text, sizeof text, "... and %d more", more);
        ui_text(p, 16, 11 + line * (goals + 1), text, UI_DIM);
    }
    /* Rank, skills and XP, top right. */
    char stats[64];
    snprintf(stats, sizeof stats, "Skills %d  XP %d", g->skill_count, g->xp);
    const char *rank = g->rank.title ? g->rank.title : "";
    int sw = ui_width(p, stats) + 40, rw = ui_width(p, rank) + 24;
    if (rw > sw) sw = rw;
    ren_draw_nine_slice(p->ren, s.panel, (ren_rect){REN_LOGICAL_W - sw - 6, 6, sw, 30 + line}, 8);
    ui_text(p, REN_LOGICAL_W - sw + 6, 11, rank, UI_ACCENT);
    ren_draw_sprite(p->ren, s.orb, REN_LOGICAL_W - sw + 2, 13 + line);
    ui_text(p, REN_LOGICAL_W - sw + 22, 12 + line, stats, UI_TEXT);
    if (lv->def.hint_count > lv->hints_shown)
        ui_key_hint(p, REN_LOGICAL_W - 96, REN_LOGICAL_H - 24, "H", "Hint");
}

static ren_rect ui_box_rect(int player_y, int height)
{
    const int margin = 12;
    /* Keep the player in sight: the box moves up when they stand low. */
    int y = player_y > REN_LOGICAL_H - height - margin - 24 ? margin + 48 : REN_LOGICAL_H - height - margin;
    return (ren_rect){margin, y, REN_LOGICAL_W - 2 * margin, height};
}

static void ui_draw_dialogue(game *g, game_painter *p, int player_y)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    const game_box *b = &lv->boxes[0];
    int line = txt_line_height(p->font);
    ren_rect box = ui_box_rect(player_y, 26 + line * (LVL_TEXT_LINES + 1));
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    ui_text(p, box.x + 14, box.y + 10, b->speaker, UI_ACCENT);
    ren_rect body = {box.x + 14, box.y + 12 + line, LVL_TEXT_WIDTH, line * LVL_TEXT_LINES};
    txt_draw_wrapped(p->font, body, b->pages[lv->page], UI_TEXT);
    if (b->page_count > 1) {
        char pager[32];
        snprintf(pager, sizeof pager, "%d/%d", lv->page + 1, b->page_count);
        ui_text(p, box.x + box.w - 30 - ui_width(p, pager), box.y + 10, pager, UI_DIM);
    }
    /* The marker bobs to say "press to go on"; the text never moves on alone. */
    int bob = g->settings.reduced_motion ? 0 : (lv->box_ticks / 20) % 2;
    ren_draw_sprite(p->ren, s.arrow, box.x + box.w - 20, box.y + box.h - 16 + bob);
}

static void ui_draw_quiz(game *g, game_painter *p)
{
    game_level *lv = &g->level;
    const lvl_quiz *q = lv->quiz;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    ren_rect box = {24, 28, REN_LOGICAL_W - 48, REN_LOGICAL_H - 56};
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    int x = box.x + 16, y = box.y + 12;
    ui_text(p, x, y, lv->quiz_title[0] ? lv->quiz_title : "Terminal quiz", UI_ACCENT);
    y += line + 4;
    int used = txt_draw_wrapped(p->font, (ren_rect){x, y, box.w - 32, line * 3}, q->question, UI_TEXT);
    y += line * (used < 3 ? used : 3) + 8;
    lv->quiz_rows = 0;
    for (int i = 0; i < q->choice_count && i < 6; i++) {
        /* Where each choice is drawn, so a mouse click can pick it. */
        lv->quiz_row_y[lv->quiz_rows++] = y;
        bool chosen = i == lv->quiz_cursor;
        char label[300];
        const char *mark = "";
        ren_color color = UI_TEXT;
        if (lv->quiz_state == QUIZ_FEEDBACK) {
            if (i + 1 == q->answer) mark = "  (right answer)", color = UI_GOOD;
            else if (chosen) mark = "  (your answer)", color = UI_BAD;
            else color = UI_DIM;
        }
        snprintf(label, sizeof label, "%d. %s%s", i + 1, q->choices[i], mark);
        if (chosen) ren_draw_sprite(p->ren, s.cursor, x, y + 5);
        ui_text(p, x + 14, y, label, color);
        y += line + 2;
    }
    y += 6;
    if (lv->quiz_state == QUIZ_FEEDBACK) {
        ui_text(p, x, y, lv->quiz_correct ? "Right!" : "Not quite.", lv->quiz_correct ? UI_GOOD : UI_BAD);
        y += line;
        if (lv->quiz_note[0]) {
            /* A skill mastered by this answer: said in words, with a star. */
            ren_draw_sprite(p->ren, s.star, x, y + 5);
            ui_text(p, x + 14, y, lv->quiz_note, UI_ACCENT);
            y += line;
        }
        if (q->explanation)
            txt_draw_wrapped(p->font, (ren_rect){x, y, box.w - 32, box.y + box.h - y - 28},
                             q->explanation, UI_TEXT);
        ui_key_hint(p, box.x + box.w - 150, box.y + box.h - 28, "Enter", "Continue");
    } else {
        ui_key_hint(p, x, box.y + box.h - 26, "Up/Down", "Choose");
        ui_key_hint(p, x + 160, box.y + box.h - 26, "Enter", "Answer");
        ui_key_hint(p, x + 300, box.y + box.h - 26, "Esc", "Later");
    }
}

static void ui_draw_summary(game *g, game_painter *p)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    ren_rect box = {120, 60, 400, 220};
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    int x = box.x + 20, y = box.y + 14;
    bool won = lv->result > 0;
    ren_draw_sprite(p->ren, s.star, x, y + 5);
    ui_text(p, x + 14, y, won ? "Level complete!" : "Level failed", won ? UI_ACCENT : UI_BAD);
    y += line + 8;
    char text[300];
    if (won) {
        snprintf(text, sizeof text, "Skills gained: %d", g->skill_count - lv->skills_at_start);
        ui_text(p, x, y, text, UI_TEXT);
        y += line;
        for (int i = lv->skills_at_start; i < g->skill_count && y < box.y + box.h - 60; i++) {
            snprintf(text, sizeof text, "  * %s", g->skills[i]);
            ui_text(p, x, y, text, UI_GOOD);
            y += line;
        }
        snprintf(text, sizeof text, "XP: +%d", g->xp - lv->xp_at_start);
        ui_text(p, x, y, text, UI_TEXT);
        y += line;
        snprintf(text, sizeof text, "Quizzes: %d of %d answered right", lv->quiz_right, lv->quiz_asked);
        ui_text(p, x, y, text, UI_TEXT);
    } else {
        txt_draw_wrapped(p->font, (ren_rect){x, y, box.w - 40, line * 4}, lv->fail_reason, UI_TEXT);
    }
    ui_key_hint(p, box.x + box.w - 150, box.y + box.h - 28, "Enter", won ? "Continue" : "Try again");
}

static void ui_draw_error(game *g, game_painter *p, bool full)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    if (full) {
        ren_begin(p->ren, (ren_color){26, 28, 44, 255});
        ren_rect box = {24, 40, REN_LOGICAL_W - 48, REN_LOGICAL_H - 80};
        ren_draw_nine_slice(p->ren, s.panel, box, 8);
        ui_text(p, box.x + 16, box.y + 14, "This level could not be loaded", UI_BAD);
        txt_draw_wrapped(p->font, (ren_rect){box.x + 16, box.y + 20 + line, box.w - 32, line * 8},
                         lv->error, UI_TEXT);
        if (g->cfg.author_mode)
            ui_text(p, box.x + 16, box.y + box.h - 28, "Save the file or press F5 to try again.", UI_DIM);
        else
            ui_key_hint(p, box.x + 16, box.y + box.h - 30, "Enter", "Back to safe ground");
        return;
    }
    ren_rect box = {8, REN_LOGICAL_H - 12 - line * 3 - 16, REN_LOGICAL_W - 16, line * 3 + 16};
    ren_fill_rect(p->ren, box, (ren_color){70, 16, 24, 235});
    ren_outline_rect(p->ren, box, UI_BAD);
    ui_text(p, box.x + 8, box.y + 6, "Level error:", UI_BAD);
    txt_draw_wrapped(p->font, (ren_rect){box.x + 8, box.y + 6 + line, box.w - 16, line * 2}, lv->error,
                     UI_TEXT);
}

static void ui_draw_quit_prompt(game *g, game_painter *p)
{
    ui_sprites s = ui_lookup(g);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    ren_rect box = {170, 130, 300, 92};
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    const char *q = "Leave SkillQuest?";
    ui_text(p, box.x + (box.w - ui_width(p, q)) / 2, box.y + 14, q, UI_TEXT);
    ui_key_hint(p, box.x + 26, box.y + 52, "Enter", "Leave");
    ui_key_hint(p, box.x + 166, box.y + 52, "Esc", "Stay");
}

void game_ui_draw(game *g, game_painter *p, float alpha)
{
    game_level *lv = &g->level;
    if (lv->error_screen || !lv->world) {
        ui_draw_error(g, p, true);
        return;
    }
    ren_begin(p->ren, (ren_color){26, 28, 44, 255});
    /* While the world is paused nothing moves: draw the settled positions. */
    bool paused = lv->box_count || lv->quiz_state != QUIZ_CLOSED || lv->quit_prompt ||
                  (lv->result != 0 && lv->result != 2);
    if (paused) alpha = 1.0f;
    int cam_x, cam_y, player_x, player_y;
    ui_draw_world(g, p, alpha, &cam_x, &cam_y, &player_x, &player_y);
    if (!paused) {
        int target = game_interact_target(g);
        game_entity *e = game_entity_of(g, target);
        if (e) {
            float tx, ty;
            wld_interpolated(lv->world, e->handle, alpha, &tx, &ty);
            const char *label = e->label[0]                                          ? e->label
                                : !strcmp(e->type, "mentor") || !strcmp(e->type, "npc") ? "Talk"
                                : !strcmp(e->type, "sign")                           ? "Read"
                                : !strcmp(e->type, "gate")                           ? "Look"
                                                                                      : "Use";
            ui_key_hint(p, (int)tx - cam_x - 16, (int)ty - cam_y - 34, "Enter", label);
        }
    }
    /* The goal list gives way to whatever is being said or asked. */
    if (!lv->box_count && lv->quiz_state == QUIZ_CLOSED) ui_draw_hud(g, p, player_x, player_y);
    if (lv->quiz_state != QUIZ_CLOSED) ui_draw_quiz(g, p);
    else if (lv->box_count) ui_draw_dialogue(g, p, player_y);
    else if (lv->result == 1 || lv->result < 0) ui_draw_summary(g, p);
    if (lv->quit_prompt) ui_draw_quit_prompt(g, p);
    if (lv->error_ticks > 0 && lv->error[0]) ui_draw_error(g, p, false);
}
