/* game_host: what a level may ask of the game (scr_host): spawning and
 * moving things, saying and asking, granting skills, ending the level. The
 * script decides; the engine moves. Nothing here reads the disk: the level
 * index is read before any level runs. */
#include "game_internal.h"
#include "log.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static game *host_game(void *user)
{
    return user;
}


static int h_spawn(void *user, const scr_spawn_desc *d)
{
    game *g = host_game(user);
    uint16_t sprite = 0;
    if (d->sprite) {
        sprite = d->frames > 1 ? game_anim(g, d->sprite) : game_sprite(g, d->sprite);
        if (!sprite) sprite = game_anim(g, d->sprite);
        if (!sprite) game_report(g, "a behaviour names a sprite that is not in the atlas");
    }
    uint16_t flags = (d->solid ? WLD_F_SOLID : 0) | (d->sensor ? WLD_F_SENSOR : 0) |
                     (d->moves ? WLD_F_MOVES : 0) | (d->bounce ? WLD_F_BOUNCE : 0) |
                     (d->hidden || !sprite ? WLD_F_HIDDEN : 0);
    bool character = d->type && (!strcmp(d->type, "mentor") || !strcmp(d->type, "npc") ||
                                 !strcmp(d->type, "bug"));
    wld_entity_desc wd = {character ? GAME_KIND_CHARACTER : GAME_KIND_THING, flags, (int32_t)floor(d->x), (int32_t)floor(d->y), (int16_t)d->w,
                          (int16_t)d->h, sprite, (uint8_t)d->frames, (uint8_t)d->rate,
                          (int8_t)d->sprite_dx, (int8_t)d->sprite_dy, 0};
    int id = game_add_entity(g, &wd, d->type, d->name, false);
    game_entity *e = game_entity_of(g, id);
    if (e) e->unpictured = !sprite && !d->hidden;
    return id;
}

static void h_remove(void *user, int id)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player) return;
    game_remove_entity(g, id);
    scr_level_forget(g->level.script, id);
}

static scr_entity_info h_entity(void *user, int id)
{
    game *g = host_game(user);
    scr_entity_info info = {0};
    game_entity *e = game_entity_of(g, id);
    if (!e) return info;
    int32_t x, y;
    int w, h;
    wld_position(g->level.world, e->handle, &x, &y);
    wld_size(g->level.world, e->handle, &w, &h);
    info.exists = true;
    info.x = (double)x / WLD_SUBPX / WLD_TILE;
    info.y = (double)y / WLD_SUBPX / WLD_TILE;
    info.w = w;
    info.h = h;
    info.type = e->is_player ? "player" : e->type;
    info.name = e->name[0] ? e->name : NULL;
    return info;
}

static int h_player(void *user)
{
    return host_game(user)->level.player_id;
}

static void h_move(void *user, int id, double x, double y)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (e) wld_set_position(g->level.world, e->handle, (int32_t)(x * WLD_SUBPX), (int32_t)(y * WLD_SUBPX));
}

static void h_set_velocity(void *user, int id, double vx, double vy)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player) return;
    wld_set_velocity(g->level.world, e->handle, (int32_t)lround(vx * WLD_SUBPX / 60.0),
                     (int32_t)lround(vy * WLD_SUBPX / 60.0));
}

static void h_set_sprite(void *user, int id, const char *sprite, int frames, int rate)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e) return;
    uint16_t s = frames > 1 ? game_anim(g, sprite) : game_sprite(g, sprite);
    if (!s) s = game_anim(g, sprite);
    if (!s) {
        char msg[160];
        snprintf(msg, sizeof msg, "sq.set_sprite: no sprite '%s' in the atlas", sprite);
        game_report(g, msg);
        return;
    }
    wld_set_sprite(g->level.world, e->handle, s, (uint8_t)frames, (uint8_t)rate);
    if (e->unpictured) {
        /* Hidden only for want of a picture: now it has one. */
        e->unpictured = false;
        wld_set_flags(g->level.world, e->handle, wld_flags(g->level.world, e->handle) & ~WLD_F_HIDDEN);
    }
}

static void h_set_solid(void *user, int id, bool solid)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e || e->is_player) return;
    uint16_t f = wld_flags(g->level.world, e->handle);
    wld_set_flags(g->level.world, e->handle, solid ? (f | WLD_F_SOLID) : (f & ~WLD_F_SOLID));
}

static void h_say(void *user, const char *speaker, const char *const *pages, int count)
{
    game_level_say(host_game(user), speaker, pages, count);
}

static bool h_ask(void *user, const char *const *ids, int count, const char *title)
{
    game *g = host_game(user);
    if (count == 0) return game_find_exercise(g, ids[0]) != NULL;
    const lvl_quiz *quizzes[16];
    int n = 0;
    for (int i = 0; i < count && n < 16; i++) {
        quizzes[n] = game_find_exercise(g, ids[i]);
        if (!quizzes[n]) return false;
        n++;
    }
    game_quiz_ask_many(g, quizzes, n, title && title[0] ? title : "Terminal");
    return true;
}

/* The first prerequisite of the skill the player does not hold, or false. */
static bool h_missing_prerequisite(game *g, const char *skill, char *name, size_t size)
{
    scr_skill_info info;
    if (!scr_catalogue_find(g->catalogue, skill, &info)) return false;
    for (int i = 0; i < info.require_count; i++)
        if (!game_has_skill(g, info.requires[i])) {
            game_skill_name(g, info.requires[i], name, size);
            return true;
        }
    return false;
}

static bool h_grant(void *user, const char *skill, const char *name, const char *card, char *why,
                    size_t why_size)
{
    game *g = host_game(user);
    if (game_skill_taught(g, skill)) {
        /* Taught before (another level): a goal met by holding it is met all the same. */
        if (game_has_skill(g, skill)) game_mark_goals(g, LVL_GOAL_COLLECT, skill, false);
        return true;
    }
    char first[64];
    if (h_missing_prerequisite(g, skill, first, sizeof first)) {
        /* Worded so that a plural name ("ORMs") reads as well as a singular one. */
        snprintf(why, why_size, "Before %s comes %s, which you do not hold yet. Learn %s first: "
                 "take its lesson and answer one of its questions.", name ? name : skill, first,
                 first);
        return false;
    }
    if (!game_grant_skill(g, skill)) {
        snprintf(why, why_size, "No room for another skill.");
        return false;
    }
    game_sound(g, "pickup");
    char speaker[96];
    snprintf(speaker, sizeof speaker, "Learning: %s", name ? name : skill);
    if (card) {
        char page[GAME_PAGE_BYTES];
        snprintf(page, sizeof page, "%s", card);
        game_say_one(g, speaker, page);
    }
    if (game_has_skill(g, skill)) {
        game_mark_goals(g, LVL_GOAL_COLLECT, skill, false); /* answered right before it was taught */
        game_update_rank(g, true);
    }
    if (g->level.script) scr_level_collect(g->level.script, skill);
    return true;
}

static void h_add_xp(void *user, int xp)
{
    host_game(user)->progress.xp += xp;
}

static bool h_has_skill(void *user, const char *skill)
{
    return game_has_skill(host_game(user), skill);
}

static void h_goal_done(void *user, const char *target)
{
    game_mark_goals(host_game(user), LVL_GOAL_REACH, target, true);
}

static bool h_goals_met(void *user)
{
    return game_goals_met(host_game(user));
}

static void h_hurt(void *user)
{
    game_bite(host_game(user));
}

static void h_play_sound(void *user, const char *name)
{
    game_sound(host_game(user), name);
}

static void h_play_music(void *user, const char *name)
{
    game *g = host_game(user);
    snprintf(g->music, sizeof g->music, "%s", name);
}

static bool h_reveal_hint(void *user)
{
    game *g = host_game(user);
    char hint[GAME_PAGE_BYTES];
    if (!game_goal_hint(g, hint, sizeof hint)) return false;
    g->level.goals_open = true;
    return true;
}

static void h_complete(void *user)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    if (lv->result != 0) return;
    lv->result = 1;
    game_career *pr = &g->progress;
    for (int i = 0; i < lv->def.grant_count; i++)
        if (!game_has_skill(g, lv->def.grants[i])) game_grant_skill(g, lv->def.grants[i]);
    pr->xp += lv->def.xp;
    bool first_win = lv->def.id && !game_won(g, lv->def.id);
    if (lv->def.id && pr->completed_count < GAME_MAX_LEVELS && first_win)
        snprintf(pr->completed[pr->completed_count++], sizeof pr->completed[0], "%s", lv->def.id);
    if (lv->def.id) game_record_win(g, lv->def.id);
    if (first_win) game_quest_check_done(g, lv->def.quest);
    pr->save_wanted = true;
    game_sound(g, "portal");
    game_update_rank(g, true);
}

static void h_fail(void *user, const char *reason)
{
    game *g = host_game(user);
    game_level *lv = &g->level;
    if (lv->result != 0) return;
    lv->result = -1;
    snprintf(lv->fail_reason, sizeof lv->fail_reason, "%s", reason);
    game_sound(g, "quiz_wrong");
}

static void h_set_label(void *user, int id, const char *text, bool always)
{
    game *g = host_game(user);
    game_entity *e = game_entity_of(g, id);
    if (!e) return;
    snprintf(e->label, sizeof e->label, "%s", text);
    e->label_always = always;
}

static bool h_carry(void *user, int id)
{
    return game_carry(host_game(user), id);
}

static int h_carried(void *user)
{
    return host_game(user)->level.carried;
}

static int h_drop(void *user)
{
    return game_drop(host_game(user));
}

static int h_on_slot(void *user, int slot)
{
    game_entity *e = game_entity_of(host_game(user), slot);
    return e ? e->holding : 0;
}

static bool h_place(void *user, int token, int slot)
{
    return game_put_on_slot(host_game(user), token, slot);
}

static void h_panel(void *user, const scr_panel *panel)
{
    game_set_panel(host_game(user), panel);
}

static bool h_keep(void *user, const char *key, const char *value)
{
    return game_keep(host_game(user), key, value);
}

static const char *h_kept(void *user, const char *key)
{
    return game_kept(host_game(user), key);
}

static void h_print(void *user, const char *line)
{
    game_ui *ui = &host_game(user)->ui;
    if (ui->log_count == GAME_LOG_LINES) {
        memmove(ui->log[0], ui->log[1], sizeof ui->log[0] * (GAME_LOG_LINES - 1));
        ui->log_count--;
    }
    /* print separates its values with tabs; the screen draws no tabs. */
    char *dst = ui->log[ui->log_count++];
    size_t used = 0;
    for (const char *c = line; *c && used + 3 < sizeof ui->log[0]; c++) {
        if (*c == '\t') dst[used++] = ' ', dst[used++] = ' ';
        else dst[used++] = *c;
    }
    dst[used] = '\0';
    if (!ui->log_open) ui->log_unread++;
}

static int h_rank(void *user, const char **title, char *next, size_t next_size)
{
    game *g = host_game(user);
    *title = g->progress.rank.title;
    game_rank_needs(g, next, next_size);
    return g->progress.rank.index;
}

static void h_quest_status(void *user, const char *quest, int *levels, int *won)
{
    game *g = host_game(user);
    *levels = *won = 0;
    for (int i = 0; i < g->index.count; i++) {
        const game_level_info *info = &g->index.info[i];
        if (!info->readable || strcmp(info->quest, quest) != 0) continue;
        (*levels)++;
        *won += game_won(g, info->id);
    }
}

static bool h_enter_quest(void *user, const char *quest)
{
    game *g = host_game(user);
    int first = -1, target = -1;
    for (int i = 0; i < g->index.count && target < 0; i++) {
        const game_level_info *info = &g->index.info[i];
        if (!info->readable || strcmp(info->quest, quest) != 0) continue;
        if (first < 0) first = i;
        if (!game_won(g, info->id)) target = i;
    }
    if (target < 0) target = first;
    if (target < 0) return false;
    /* Not now: the level's own script is running this very call. */
    snprintf(g->pending_level, sizeof g->pending_level, "%s", g->index.paths[target]);
    game_sound(g, "portal");
    return true;
}

static void h_report(void *user, const char *message)
{
    game_report(host_game(user), message);
}

static int h_reviews_due(void *user)
{
    return game_reviews_due(host_game(user));
}

static int h_review(void *user, int max)
{
    return game_review_start(host_game(user), max);
}

void game_init_host(game *g)
{
    g->host = (scr_host){g,           h_spawn,       h_remove,    h_entity,      h_player,
                         h_move,      h_set_velocity, h_set_sprite, h_set_solid, h_say,
                         h_ask,       h_grant,       h_add_xp,    h_has_skill,   h_goal_done,
                         h_goals_met, h_hurt,        h_play_sound, h_play_music, h_reveal_hint,
                         h_complete,  h_fail,        h_set_label, h_quest_status,
                         h_enter_quest, h_report,    h_reviews_due, h_review,   h_carry,
                         h_carried,   h_drop,        h_on_slot,   h_place,      h_panel,
                         h_keep,      h_kept,        h_print,     h_rank};
}

