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

static int ui_hint_width(game_painter *p, const char *key, const char *label)
{
    return ui_width(p, key) + 8 + ui_width(p, label) + 14;
}

/* Draws a keycap and its meaning; returns the width it took. */
static int ui_key_hint(game_painter *p, int x, int y, const char *key, const char *label)
{
    int kw = ui_width(p, key) + 8, lw = ui_width(p, label);
    int h = txt_line_height(p->font) + 2;
    ren_fill_rect(p->ren, (ren_rect){x - 2, y - 2, kw + lw + 14, h + 4}, (ren_color){16, 20, 40, 210});
    ren_fill_rect(p->ren, (ren_rect){x, y, kw, h}, (ren_color){236, 236, 228, 255});
    ren_fill_rect(p->ren, (ren_rect){x, y + h - 2, kw, 2}, (ren_color){150, 150, 160, 255});
    ui_text(p, x + 4, y, key, (ren_color){30, 34, 52, 255});
    ui_text(p, x + kw + 6, y + 1, label, UI_TEXT);
    return kw + lw + 14;
}

/* The keycap for an action: the player's first key for it (remapped keys
 * are never shown by their old names). */
static const char *ui_key(const game *g, in_action action, char *out, size_t size)
{
    game_key_label(g, action, false, out, size);
    if (!out[0]) game_key_label(g, action, true, out, size);
    return out;
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
    /* Rank, skills and XP, top right: measured first, so the goal list stops short of it. */
    char stats[64];
    snprintf(stats, sizeof stats, "Skills %d  XP %d", g->skill_count, g->xp);
    const char *rank = g->rank.title ? g->rank.title : "";
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

static ren_rect ui_box_rect(int player_y, int height)
{
    const int margin = 12;
    /* Keep the player in sight: the box moves up when they stand low. */
    int top = margin + 48;
    if (top > REN_LOGICAL_H - margin - height) top = REN_LOGICAL_H - margin - height;
    int y = player_y > REN_LOGICAL_H - height - margin - 24 ? top : REN_LOGICAL_H - height - margin;
    return (ren_rect){margin, y, REN_LOGICAL_W - 2 * margin, height};
}

static void ui_draw_dialogue(game *g, game_painter *p, int player_y)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    const game_box *b = &lv->boxes[0];
    int line = txt_line_height(p->font);
    /* Pages are written to fit LVL_TEXT_LINES at the normal size; larger
     * text wraps to more lines, and the box grows to hold them all. */
    int lines = txt_count_lines(p->font, b->pages[lv->page], LVL_TEXT_WIDTH);
    int most = (REN_LOGICAL_H - 24 - 26) / line - 1;
    if (lines < LVL_TEXT_LINES) lines = LVL_TEXT_LINES;
    if (lines > most) lines = most;
    ren_rect box = ui_box_rect(player_y, 26 + line * (lines + 1));
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    ui_text(p, box.x + 14, box.y + 10, b->speaker, UI_ACCENT);
    ren_rect body = {box.x + 14, box.y + 12 + line, LVL_TEXT_WIDTH, line * lines};
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

/* How a quiz is laid out; ui_draw_quiz tries the roomiest first. */
typedef struct {
    ren_rect box;
    bool title, question, every_choice;
    int gap; /* between choices */
} ui_quiz_layout;

/* One pass over the quiz: draws when `draw`, else only measures. Returns
 * where the content ends. Measuring and drawing share this code, so what
 * was measured is what is drawn. */
static int ui_quiz_pass(game *g, game_painter *p, const ui_quiz_layout *l, bool draw)
{
    game_level *lv = &g->level;
    const lvl_quiz *q = lv->quiz;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    int x = l->box.x + 16, y = l->box.y + 12, w = l->box.w - 32;
    bool feedback = lv->quiz_state == QUIZ_FEEDBACK;
    if (l->title) {
        if (draw) ui_text(p, x, y, lv->quiz_title[0] ? lv->quiz_title : "Terminal quiz", UI_ACCENT);
        y += line + 4;
    }
    if (l->question) {
        int n = txt_count_lines(p->font, q->question, w);
        if (draw) txt_draw_wrapped(p->font, (ren_rect){x, y, w, line * n}, q->question, UI_TEXT);
        y += line * n + 8;
    }
    if (draw) lv->quiz_rows = 0;
    for (int i = 0; i < q->choice_count && i < LVL_MAX_CHOICES; i++) {
        bool chosen = i == lv->quiz_cursor;
        char label[300];
        const char *mark = "";
        ren_color color = UI_TEXT;
        if (feedback) {
            if (i + 1 == q->answer) mark = "  (right answer)", color = UI_GOOD;
            else if (chosen) mark = "  (your answer)", color = UI_BAD;
            else color = UI_DIM;
        }
        /* Tight on room, feedback keeps the two choices it speaks of. */
        if (feedback && !l->every_choice && !mark[0]) continue;
        snprintf(label, sizeof label, "%d. %s%s", i + 1, q->choices[i], mark);
        int n = txt_count_lines(p->font, label, w - 14);
        if (draw) {
            /* Where each choice is drawn, so a mouse click can pick it. */
            lv->quiz_row_y[lv->quiz_rows] = y;
            lv->quiz_row_h[lv->quiz_rows++] = line * n + l->gap;
            if (chosen) ren_draw_sprite(p->ren, s.cursor, x, y + 5);
            txt_draw_wrapped(p->font, (ren_rect){x + 14, y, w - 14, line * n}, label, color);
        }
        y += line * n + l->gap;
    }
    y += 6;
    if (feedback) {
        if (draw)
            ui_text(p, x, y, lv->quiz_correct ? "Right!" : "Not quite.",
                    lv->quiz_correct ? UI_GOOD : UI_BAD);
        y += line;
        if (lv->quiz_note[0]) {
            /* A skill mastered by this answer: said in words, with a star. */
            int n = txt_count_lines(p->font, lv->quiz_note, w - 14);
            if (draw) {
                ren_draw_sprite(p->ren, s.star, x, y + 5);
                txt_draw_wrapped(p->font, (ren_rect){x + 14, y, w - 14, line * n}, lv->quiz_note,
                                 UI_ACCENT);
            }
            y += line * n;
        }
        if (q->explanation) {
            int n = txt_count_lines(p->font, q->explanation, w);
            if (draw)
                txt_draw_wrapped(p->font, (ren_rect){x, y, w, line * n}, q->explanation, UI_TEXT);
            y += line * n;
        }
    }
    return y;
}

static void ui_draw_quiz(game *g, game_painter *p)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    /* From the roomiest layout to the tightest, the first whose content
     * ends above the key hints: a larger box, closer choices, then (in the
     * feedback) only the choices it speaks of, no title, no question. */
    const ren_rect normal = {24, 28, REN_LOGICAL_W - 48, REN_LOGICAL_H - 56};
    const ren_rect large = {8, 8, REN_LOGICAL_W - 16, REN_LOGICAL_H - 16};
    const ui_quiz_layout tries[] = {
        {normal, true, true, true, 2},  {large, true, true, true, 2},
        {large, true, true, true, 0},   {large, true, true, false, 0},
        {large, false, true, false, 0}, {large, false, false, false, 0},
    };
    int count = (int)(sizeof tries / sizeof *tries);
    int pick = count - 1;
    for (int i = 0; i < count; i++) {
        int hints_y = tries[i].box.y + tries[i].box.h - line - 8;
        if (ui_quiz_pass(g, p, &tries[i], false) <= hints_y - 2) {
            pick = i;
            break;
        }
    }
    const ui_quiz_layout *l = &tries[pick];
    ren_rect box = l->box;
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    ui_quiz_pass(g, p, l, true);
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    if (lv->quiz_state == QUIZ_FEEDBACK) {
        int hw = ui_hint_width(p, ok, "Continue");
        ui_key_hint(p, box.x + box.w - 24 - hw, box.y + box.h - line - 8, ok, "Continue");
    } else {
        char up[40], down[40], move[84], back[40];
        snprintf(move, sizeof move, "%s/%s", ui_key(g, IN_UP, up, sizeof up),
                 ui_key(g, IN_DOWN, down, sizeof down));
        ui_key(g, IN_CANCEL, back, sizeof back);
        /* At their usual places, moved right only as far as wider keys need. */
        int x = box.x + 16, y = box.y + box.h - line - 6;
        int end = x + ui_key_hint(p, x, y, move, "Choose");
        x = end + 12 > box.x + 16 + 160 ? end + 12 : box.x + 16 + 160;
        end = x + ui_key_hint(p, x, y, ok, "Answer");
        x = end + 12 > box.x + 16 + 300 ? end + 12 : box.x + 16 + 300;
        ui_key_hint(p, x, y, back, "Later");
    }
}

static void ui_draw_summary(game *g, game_painter *p)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    bool won = lv->result > 0;
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    const char *go_on = won ? "Continue" : "Try again";
    /* Sized by what it says: the normal size keeps the 400x220 card, larger
     * text or a long list of skills makes it grow, up to the screen. */
    char quizzes[120], gained[64], xp[48];
    snprintf(gained, sizeof gained, "Skills gained: %d", g->skill_count - lv->skills_at_start);
    snprintf(xp, sizeof xp, "XP: +%d", g->xp - lv->xp_at_start);
    snprintf(quizzes, sizeof quizzes, "Quizzes: %d of %d answered right", lv->quiz_right,
             lv->quiz_asked);
    int w = 400;
    const char *widest[] = {gained, xp, quizzes};
    for (int i = 0; i < 3; i++)
        if (ui_width(p, widest[i]) + 40 > w) w = ui_width(p, widest[i]) + 40;
    if (w > REN_LOGICAL_W - 16) w = REN_LOGICAL_W - 16;
    int fixed = 14 + line + 8 + 8 + line + 8 + 6; /* heading, the hint row and margins */
    int skills = g->skill_count - lv->skills_at_start, fail_lines = 0, body;
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
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    int x = box.x + 20, y = box.y + 14;
    ren_draw_sprite(p->ren, s.star, x, y + 5);
    ui_text(p, x + 14, y, won ? "Level complete!" : "Level failed", won ? UI_ACCENT : UI_BAD);
    y += line + 8;
    if (won) {
        ui_text(p, x, y, gained, UI_TEXT);
        y += line;
        char text[300];
        for (int i = 0; i < listed; i++) {
            snprintf(text, sizeof text, "  * %s", g->skills[lv->skills_at_start + i]);
            ui_text(p, x, y, text, UI_GOOD);
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

static void ui_draw_error(game *g, game_painter *p, bool full)
{
    game_level *lv = &g->level;
    ui_sprites s = ui_lookup(g);
    int line = txt_line_height(p->font);
    char ok[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    if (full) {
        ren_begin(p->ren, (ren_color){26, 28, 44, 255});
        ren_rect box = {24, 40, REN_LOGICAL_W - 48, REN_LOGICAL_H - 80};
        ren_draw_nine_slice(p->ren, s.panel, box, 8);
        ui_text(p, box.x + 16, box.y + 14, "This level could not be loaded", UI_BAD);
        int top = box.y + 20 + line, bottom = box.y + box.h - line - 12;
        txt_draw_wrapped(p->font, (ren_rect){box.x + 16, top, box.w - 32, bottom - top}, lv->error,
                         UI_TEXT);
        if (g->cfg.author_mode)
            ui_text(p, box.x + 16, box.y + box.h - line - 8,
                    "Save the file or press F5 to try again.", UI_DIM);
        else
            ui_key_hint(p, box.x + 16, box.y + box.h - line - 10, ok, "Back to safe ground");
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
    int line = txt_line_height(p->font);
    char ok[40], back[40];
    ui_key(g, IN_CONFIRM, ok, sizeof ok);
    ui_key(g, IN_CANCEL, back, sizeof back);
    ren_fill_rect(p->ren, (ren_rect){0, 0, REN_LOGICAL_W, REN_LOGICAL_H}, UI_BACKDROP);
    int w1 = ui_hint_width(p, ok, "Leave"), w2 = ui_hint_width(p, back, "Stay");
    int w = 300;
    if (w1 + w2 + 80 > w) w = w1 + w2 + 80;
    ren_rect box = {(REN_LOGICAL_W - w) / 2, 130, w, 14 + line + 18 + line + 6 + 14};
    ren_draw_nine_slice(p->ren, s.panel, box, 8);
    const char *q = "Leave SkillQuest?";
    ui_text(p, box.x + (box.w - ui_width(p, q)) / 2, box.y + 14, q, UI_TEXT);
    int hy = box.y + 14 + line + 18;
    ui_key_hint(p, box.x + 26, hy, ok, "Leave");
    int x2 = box.x + 166 > box.x + 26 + w1 + 20 ? box.x + 166 : box.x + 26 + w1 + 20;
    ui_key_hint(p, x2, hy, back, "Stay");
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
    if (!lv->box_count && lv->quiz_state == QUIZ_CLOSED) ui_draw_hud(g, p, player_x, player_y);
    if (lv->quiz_state != QUIZ_CLOSED) ui_draw_quiz(g, p);
    else if (lv->box_count) ui_draw_dialogue(g, p, player_y);
    else if (lv->result == 1 || lv->result < 0) ui_draw_summary(g, p);
    if (lv->quit_prompt) ui_draw_quit_prompt(g, p);
    if (lv->error_ticks > 0 && lv->error[0]) ui_draw_error(g, p, false);
}
