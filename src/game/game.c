/* game: the session: which level runs, the player's skills and XP, sound
 * requests, and the queries tests and the level test runner use. */
#include "game_internal.h"
#include "log.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define GAME_FIRST_LEVEL "levels/office/first_day.lua"

game *game_create(const game_config *cfg)
{
    game *g = calloc(1, sizeof *g);
    if (!g) return NULL;
    g->cfg = *cfg;
    snprintf(g->data_root, sizeof g->data_root, "%s", cfg->data_root ? cfg->data_root : ".");
    g->cfg.data_root = g->data_root;
    if (cfg->user_dir) {
        snprintf(g->user_dir, sizeof g->user_dir, "%s", cfg->user_dir);
        g->cfg.user_dir = g->user_dir;
    }
    g->level_count = game_find_levels(g->data_root, g->cfg.user_dir, g->levels, GAME_MAX_LEVELS);
    char cat_err[600];
    g->catalogue = scr_catalogue_load(g->data_root, cat_err, sizeof cat_err);
    if (!g->catalogue) log_error("%s", cat_err);
    rng_seed(&g->rng, cfg->seed);
    game_init_host(g);
    g->today = cfg->today;
    sav_defaults(&g->loaded);
    if (cfg->progress) {
        /* Keep the whole loaded save: what this session does not change goes
         * back out as it came. */
        g->loaded = *cfg->progress;
        g->cfg.progress = &g->loaded;
        g->xp = (int)cfg->progress->xp;
        for (int i = 0; i < cfg->progress->skill_count && g->skill_count < GAME_MAX_SKILLS; i++)
            if (cfg->progress->skills[i].held)
                snprintf(g->skills[g->skill_count++], sizeof g->skills[0], "%s",
                         cfg->progress->skills[i].id);
        for (int i = 0; i < cfg->progress->level_count && g->completed_count < GAME_MAX_LEVELS; i++)
            if (cfg->progress->levels[i].state == SAV_LEVEL_COMPLETED)
                snprintf(g->completed[g->completed_count++], sizeof g->completed[0], "%s",
                         cfg->progress->levels[i].id);
    }
    char path[4200];
    if (cfg->level_path)
        snprintf(path, sizeof path, "%s", cfg->level_path);
    else
        snprintf(path, sizeof path, "%s/%s", g->data_root, GAME_FIRST_LEVEL);
    game_update_rank(g, false);
    if (cfg->progress)
        g->settings = cfg->progress->settings;
    else {
        sav_progress defaults;
        sav_defaults(&defaults);
        g->settings = defaults.settings;
    }
    if (!cfg->level_path && !cfg->author_mode) {
        /* A normal start begins at the title; the level opens from there. */
        g->menu = MENU_TITLE;
        snprintf(g->level.path, sizeof g->level.path, "%s", path);
    } else {
        game_switch_level(g, path);
    }
    if (cfg->load_message && cfg->load_message[0]) {
        /* How the save was loaded goes first: the player must know. */
        const char *msg = cfg->load_message;
        game_level_say(g, "Your progress", &msg, 1);
        if (g->level.box_count > 1) {
            game_box last = g->level.boxes[g->level.box_count - 1];
            memmove(&g->level.boxes[1], &g->level.boxes[0],
                    sizeof last * (size_t)(g->level.box_count - 1));
            g->level.boxes[0] = last;
        }
    }
    return g;
}

void game_destroy(game *g)
{
    if (!g) return;
    game_level_close(g);
    game_codex_free(g);
    game_review_free(g);
    scr_catalogue_free(g->catalogue);
    for (int i = 0; i < g->level_count; i++) free(g->levels[i]);
    free(g);
}

static bool game_is_level_file(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".lua") == 0 &&
           !(n > 9 && strcmp(name + n - 9, ".test.lua") == 0);
}

static int game_path_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One folder level deep per quest: levels/QUEST/NAME.lua. Maps live in
 * subfolders (maps/) and are not levels of their own. */
static int game_scan_levels(const char *root, char **paths, int count, int max)
{
    char base[4200];
    snprintf(base, sizeof base, "%s/levels", root);
    DIR *d = opendir(base);
    if (!d) return count;
    int first = count;
    struct dirent *quest;
    while ((quest = readdir(d)) && count < max) {
        if (quest->d_name[0] == '.' || strcmp(quest->d_name, "template") == 0) continue;
        char dir[4500];
        snprintf(dir, sizeof dir, "%s/%s", base, quest->d_name);
        struct stat st;
        if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        DIR *qd = opendir(dir);
        if (!qd) continue;
        struct dirent *e;
        while ((e = readdir(qd)) && count < max) {
            char path[4800];
            snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
            if (e->d_name[0] == '.' || !game_is_level_file(e->d_name)) continue;
            if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) continue;
            paths[count] = malloc(strlen(path) + 1);
            if (paths[count]) strcpy(paths[count++], path);
        }
        closedir(qd);
    }
    closedir(d);
    qsort(paths + first, (size_t)(count - first), sizeof *paths, game_path_cmp);
    return count;
}

int game_find_levels(const char *data_root, const char *user_dir, char **paths, int max)
{
    int n = game_scan_levels(data_root, paths, 0, max);
    if (user_dir && user_dir[0]) n = game_scan_levels(user_dir, paths, n, max);
    return n;
}

void game_tick(game *g, const in_frame *input)
{
    g->sound_count = 0;
    in_frame in = *input;
    in.pressed |= g->pending_press;
    g->pending_press = 0;
    if (g->menu != MENU_NONE)
        game_menu_tick(g, &in); /* the level waits under the menu */
    else
        game_level_tick(g, &in);
    if (g->pending_level[0]) {
        /* A level asked to leave (a portal): its script has returned by now. */
        char path[4200];
        snprintf(path, sizeof path, "%s", g->pending_level);
        g->pending_level[0] = '\0';
        game_switch_level(g, path);
    }
    g->ticks++;
}

void game_index_levels(game *g)
{
    if (g->indexed) return;
    g->indexed = true;
    for (int i = 0; i < g->level_count; i++) {
        lvl_def def;
        char err[600];
        scr_env env = {g->data_root, scr_default_limits(), NULL, g->cfg.seed};
        scr_level *probe = scr_level_load(g->levels[i], &env, &def, err, sizeof err);
        game_level_info *info = &g->level_info[i];
        info->readable = probe != NULL;
        if (probe) {
            snprintf(info->id, sizeof info->id, "%s", def.id ? def.id : "");
            snprintf(info->quest, sizeof info->quest, "%s", def.quest ? def.quest : "");
            game_review_collect(g, &def);
            scr_level_destroy(probe);
            lvl_free(&def);
        }
    }
}

bool game_hub_path(const game *g, char *out, size_t size)
{
    snprintf(out, size, "%s/levels/hub/hub.lua", g->data_root);
    FILE *f = fopen(out, "rb");
    if (f) fclose(f);
    return f != NULL;
}

bool game_won(const game *g, const char *id)
{
    for (int i = 0; i < g->completed_count; i++)
        if (strcmp(g->completed[i], id) == 0) return true;
    return false;
}

void game_draw(game *g, game_painter *painter, float alpha)
{
    if (!game_menu_over_title(g) && g->menu != MENU_CODEX)
        game_ui_draw(g, painter, g->menu != MENU_NONE ? 1.0f : alpha);
    if (g->menu != MENU_NONE) game_menu_draw(g, painter);
}

void game_click(game *g, int x, int y)
{
    if (g->menu != MENU_NONE) {
        game_menu_click(g, x, y);
        return;
    }
    game_level *lv = &g->level;
    if (lv->quiz_state == QUIZ_ASKING) {
        /* A click on a choice answers with it; elsewhere it does nothing. */
        for (int i = 0; i < lv->quiz_rows; i++)
            if (y >= lv->quiz_row_y[i] && y < lv->quiz_row_y[i] + lv->quiz_row_h[i] && x > 24 &&
                x < REN_LOGICAL_W - 24) {
                lv->quiz_cursor = i;
                g->pending_press |= IN_BIT(IN_CONFIRM);
            }
        return;
    }
    /* Feedback, dialogue and the summary go on with a click, as with Enter. */
    if (lv->quiz_state == QUIZ_FEEDBACK || lv->box_count || lv->result == 1 || lv->result < 0 ||
        lv->error_screen)
        g->pending_press |= IN_BIT(IN_CONFIRM);
}

const sav_settings *game_settings(const game *g)
{
    return &g->settings;
}

bool game_take_settings_change(game *g)
{
    bool changed = g->settings_changed;
    g->settings_changed = false;
    return changed;
}

void game_start_playing(game *g, bool new_game)
{
    if (new_game) {
        g->skill_count = 0;
        g->xp = 0;
        g->completed_count = 0;
        /* The saved progress goes too (review schedules, levels won); the
         * settings stay: they belong to the player, not to the playthrough. */
        sav_settings keep = g->loaded.settings;
        uint64_t generation = g->loaded.generation;
        sav_defaults(&g->loaded);
        g->loaded.settings = keep;
        g->loaded.generation = generation;
        g->save_wanted = true;
        game_update_rank(g, false);
    }
    /* The hub, where the quests' portals are; without one, the first level
     * not yet won (all won: the first again). */
    char hub[4200];
    if (game_hub_path(g, hub, sizeof hub)) {
        game_switch_level(g, hub);
        return;
    }
    game_index_levels(g);
    const char *target = g->level_count ? g->levels[0] : NULL;
    for (int i = 0; i < g->level_count && !new_game; i++)
        if (g->level_info[i].readable && !game_won(g, g->level_info[i].id)) {
            target = g->levels[i];
            break;
        }
    char first[4200];
    if (!target) {
        snprintf(first, sizeof first, "%s", g->level.path);
        target = first;
    }
    game_switch_level(g, target);
}

void game_sound(game *g, const char *name)
{
    /* Dropping a sound beyond the cap is harmless: it is one tick's sounds. */
    if (g->sound_count < GAME_MAX_SOUNDS && strlen(name) < sizeof g->sounds[0])
        strcpy(g->sounds[g->sound_count++], name);
}

int game_take_sounds(game *g, const char **names, int max)
{
    int n = g->sound_count < max ? g->sound_count : max;
    for (int i = 0; i < n; i++) names[i] = g->sounds[i];
    g->sound_count = 0;
    return n;
}

const char *game_music(const game *g)
{
    return g->music[0] ? g->music : NULL;
}

bool game_wants_quit(const game *g)
{
    return g->quit;
}

uint64_t game_ticks(const game *g)
{
    return g->ticks;
}

uint64_t game_hash(const game *g)
{
    const game_level *lv = &g->level;
    uint64_t h = lv->world ? wld_hash(lv->world) : 0xcbf29ce484222325ULL;
    int32_t state[] = {lv->facing,      lv->moving, lv->step_timer, lv->hurt_timer, lv->box_count,
                       lv->page,        lv->result, lv->quiz_state, lv->quiz_cursor, g->xp,
                       g->skill_count, lv->quit_prompt};
    const unsigned char *bytes = (const unsigned char *)state;
    for (size_t i = 0; i < sizeof state; i++) {
        h ^= bytes[i];
        h *= 0x100000001b3ULL;
    }
    h ^= g->rng.state;
    h *= 0x100000001b3ULL;
    h ^= g->ticks;
    return h * 0x100000001b3ULL;
}

uint16_t game_sprite(const game *g, const char *name)
{
    return ren_atlas_find(g->cfg.atlas, name);
}

uint16_t game_anim(const game *g, const char *name)
{
    char first[64];
    snprintf(first, sizeof first, "%s_0", name);
    uint16_t id = ren_atlas_find(g->cfg.atlas, first);
    return id ? id : ren_atlas_find(g->cfg.atlas, name);
}

void game_reload(game *g)
{
    game_level *lv = &g->level;
    char path[4200];
    snprintf(path, sizeof path, "%s", lv->path);
    float px = 0, py = 0;
    bool had_player = game_player_position(g, &px, &py);
    /* Load into a scratch game level first: a broken file must not cost the
     * running one. (Levels are large: the spare copy lives on the heap.) */
    game_level *old = malloc(sizeof *old);
    if (!old) {
        log_error("game: out of memory reloading %s", path);
        return;
    }
    *old = *lv;
    memset(lv, 0, sizeof *lv);
    /* The level starts over, and so does what it gave: a reloaded orb must
     * count again, not be "already held". */
    int skills_now = g->skill_count, xp_now = g->xp;
    if (old->loaded) {
        g->skill_count = old->skills_at_start;
        g->xp = old->xp_at_start;
    }
    char err[700];
    if (!game_level_open(g, path, err, sizeof err)) {
        game_level_close(g);
        *lv = *old;
        free(old);
        g->skill_count = skills_now;
        g->xp = xp_now;
        snprintf(lv->error, sizeof lv->error, "Reload failed: %s", err);
        lv->error_ticks = 60 * 30;
        log_warn("%s", lv->error);
        return;
    }
    game_level_free(old);
    free(old);
    game_level_bind_tiles(g); /* the old level's tilesets are gone with it */
    if (had_player && lv->world) {
        /* Keep the player where the new map still allows it. */
        game_entity *p = game_entity_of(g, lv->player_id);
        int w, h;
        wld_size(lv->world, p->handle, &w, &h);
        if (!wld_map_rect_solid(lv->world, (int)px, (int)py, w, h))
            wld_set_position(lv->world, p->handle, (int32_t)(px * WLD_SUBPX),
                             (int32_t)(py * WLD_SUBPX));
        lv->box_count = 0; /* no replay of the opening dialogue on every save */
    }
    log_info("game: reloaded %s", path);
}

int game_watched_files(const game *g, const char **paths, int max)
{
    int n = 0;
    if (n < max && g->level.path[0]) paths[n++] = g->level.path;
    if (n < max && g->level.loaded && g->level.def.map.source) paths[n++] = g->level.def.map.source;
    return n;
}

/* --- queries ----------------------------------------------------------------- */

bool game_player_position(const game *g, float *x, float *y)
{
    *x = *y = 0.0f;
    const game_level *lv = &g->level;
    if (!lv->world || lv->player_id <= 0) return false;
    int32_t sx, sy;
    const game_entity *p = &lv->entities[lv->player_id - 1];
    if (!wld_alive(lv->world, p->handle)) return false;
    wld_position(lv->world, p->handle, &sx, &sy);
    *x = (float)sx / WLD_SUBPX;
    *y = (float)sy / WLD_SUBPX;
    return true;
}

bool game_dialogue_open(const game *g)
{
    return g->level.box_count > 0;
}

const char *game_dialogue_text(const game *g)
{
    const game_level *lv = &g->level;
    if (lv->quiz_state != QUIZ_CLOSED && lv->quiz)
        return lv->quiz_state == QUIZ_ASKING ? lv->quiz->question : lv->quiz->explanation;
    if (lv->box_count > 0) return lv->boxes[0].pages[lv->page];
    return NULL;
}

bool game_quiz_open(const game *g)
{
    return g->level.quiz_state != QUIZ_CLOSED;
}

bool game_has_skill(const game *g, const char *skill)
{
    for (int i = 0; i < g->skill_count; i++)
        if (strcmp(g->skills[i], skill) == 0) return true;
    return false;
}

int game_xp(const game *g)
{
    return g->xp;
}

int game_skill_count(const game *g)
{
    return g->skill_count;
}

bool game_goals_met(const game *g)
{
    const game_level *lv = &g->level;
    for (int i = 0; i < lv->def.goal_count && i < GAME_MAX_GOALS; i++)
        if (!lv->goal_done[i]) return false;
    return lv->loaded;
}

int game_level_result(const game *g)
{
    return g->level.result > 0 ? 1 : g->level.result;
}

const char *game_last_error(const game *g)
{
    return g->level.error[0] ? g->level.error : NULL;
}

const char *game_rank(const game *g)
{
    return g->rank.title;
}

const char *game_level_id(const game *g)
{
    return g->level.loaded ? g->level.def.id : NULL;
}

int game_find_id(const game *g, const char *key)
{
    const game_level *lv = &g->level;
    if (!lv->world) return 0;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < GAME_MAX_ENTITIES; i++) {
            const game_entity *e = &lv->entities[i];
            if (!e->used || e->is_player || !wld_alive(lv->world, e->handle)) continue;
            if (strcmp(pass == 0 ? e->name : e->type, key) == 0) return i + 1;
        }
    return 0;
}

bool game_find(const game *g, const char *key, float *x, float *y)
{
    int id = game_find_id(g, key);
    if (!id) return false;
    const game_level *lv = &g->level;
    const game_entity *e = &lv->entities[id - 1];
    int32_t sx, sy;
    int w, h;
    wld_position(lv->world, e->handle, &sx, &sy);
    wld_size(lv->world, e->handle, &w, &h);
    *x = (float)sx / WLD_SUBPX + w / 2.0f;
    *y = (float)sy / WLD_SUBPX + h / 2.0f;
    return true;
}

/* Distances to the goal tile over walkable tiles (breadth first, from the
 * goal outwards). With avoid_solids, people, terminals and closed gates
 * block like walls, except the entity at the goal itself. */
static void game_distances(const game_level *lv, int w, int h, int gx, int gy, bool avoid_solids,
                           int *dist, int *queue)
{
    for (int i = 0; i < w * h; i++) dist[i] = -1;
    for (int i = 0; avoid_solids && i < GAME_MAX_ENTITIES; i++) {
        const game_entity *e = &lv->entities[i];
        if (!e->used || e->is_player || !wld_alive(lv->world, e->handle)) continue;
        if (!(wld_flags(lv->world, e->handle) & WLD_F_SOLID)) continue;
        int32_t ex, ey;
        int ew, eh;
        wld_position(lv->world, e->handle, &ex, &ey);
        wld_size(lv->world, e->handle, &ew, &eh);
        int tx = (int)((float)ex / WLD_SUBPX + ew / 2.0f) / WLD_TILE;
        int ty = (int)((float)ey / WLD_SUBPX + eh / 2.0f) / WLD_TILE;
        if ((tx != gx || ty != gy) && tx >= 0 && ty >= 0 && tx < w && ty < h) dist[ty * w + tx] = -2;
    }
    int head = 0, tail = 0;
    dist[gy * w + gx] = 0;
    queue[tail++] = gy * w + gx;
    static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
    while (head < tail) {
        int c = queue[head++], x = c % w, y = c / w;
        for (int k = 0; k < 4; k++) {
            int nx = x + dx[k], ny = y + dy[k];
            if (nx < 0 || ny < 0 || nx >= w || ny >= h || dist[ny * w + nx] != -1) continue;
            if (wld_map_solid(lv->world, nx, ny)) continue;
            dist[ny * w + nx] = dist[c] + 1;
            queue[tail++] = ny * w + nx;
        }
    }
}

/* The player steps toward the neighbour tile nearest the goal. Solid
 * entities are walked around when there is a way around them; when there
 * is none (a closed gate that opens as the player comes near) the path
 * goes through them. */
uint32_t game_path_step(const game *g, float tx, float ty, bool *reachable)
{
    *reachable = false;
    const game_level *lv = &g->level;
    float px, py;
    if (!lv->world || !game_player_position(g, &px, &py)) return 0;
    int w = wld_map_width(lv->world), h = wld_map_height(lv->world);
    int pw, ph;
    wld_size(lv->world, lv->entities[lv->player_id - 1].handle, &pw, &ph);
    float cx = px + pw / 2.0f, cy = py + ph / 2.0f;
    int gx = (int)(tx / WLD_TILE), gy = (int)(ty / WLD_TILE);
    int sx = (int)(cx / WLD_TILE), sy = (int)(cy / WLD_TILE);
    if (gx < 0 || gy < 0 || gx >= w || gy >= h || sx < 0 || sy < 0 || sx >= w || sy >= h) return 0;
    int *dist = malloc(sizeof *dist * (size_t)w * (size_t)h);
    int *queue = malloc(sizeof *queue * (size_t)w * (size_t)h);
    if (!dist || !queue) {
        free(dist), free(queue);
        return 0;
    }
    game_distances(lv, w, h, gx, gy, true, dist, queue);
    if (dist[sy * w + sx] < 0) game_distances(lv, w, h, gx, gy, false, dist, queue);
    static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
    int here = dist[sy * w + sx];
    uint32_t step = 0;
    if (here >= 0) {
        *reachable = true;
        if (here == 0) {
            /* In the goal tile: close in on the point itself. */
            if (tx > cx + 2) step |= IN_BIT(IN_RIGHT);
            if (tx < cx - 2) step |= IN_BIT(IN_LEFT);
            if (ty > cy + 2) step |= IN_BIT(IN_DOWN);
            if (ty < cy - 2) step |= IN_BIT(IN_UP);
        } else {
            /* Toward the best neighbour; first line up with the tile centre on
             * the other axis so the collider fits through one-tile gaps. */
            int best = -1;
            for (int k = 0; k < 4; k++) {
                int nx = sx + dx[k], ny = sy + dy[k];
                if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
                int d = dist[ny * w + nx];
                if (d >= 0 && d < here && (best < 0 || d < dist[(sy + dy[best]) * w + sx + dx[best]]))
                    best = k;
            }
            if (best >= 0) {
                float mid_x = sx * WLD_TILE + WLD_TILE / 2.0f, mid_y = sy * WLD_TILE + WLD_TILE / 2.0f;
                if (dx[best] != 0) {
                    if (cy < mid_y - 1.5f) step |= IN_BIT(IN_DOWN);
                    else if (cy > mid_y + 1.5f) step |= IN_BIT(IN_UP);
                    else step |= IN_BIT(dx[best] > 0 ? IN_RIGHT : IN_LEFT);
                } else {
                    if (cx < mid_x - 1.5f) step |= IN_BIT(IN_RIGHT);
                    else if (cx > mid_x + 1.5f) step |= IN_BIT(IN_LEFT);
                    else step |= IN_BIT(dy[best] > 0 ? IN_DOWN : IN_UP);
                }
            }
        }
    }
    free(dist);
    free(queue);
    return step;
}


bool game_wants_save(const game *g)
{
    return g->save_wanted;
}

void game_saved(game *g)
{
    g->save_wanted = false;
}

void game_progress(game *g, sav_progress *out)
{
    /* Held as the session has it: a hot reload can take back a skill. */
    for (int i = 0; i < g->skill_count; i++) game_skill_state(g, g->skills[i]);
    for (int i = 0; i < g->loaded.skill_count; i++)
        g->loaded.skills[i].held = game_has_skill(g, g->loaded.skills[i].id);
    *out = g->loaded;
    out->xp = g->xp > 0 ? (uint32_t)g->xp : 0;
    out->rank = g->rank.index;
    out->settings = g->settings;
    for (int i = 0; i < g->completed_count; i++) {
        bool found = false;
        for (int k = 0; k < out->level_count && !found; k++)
            found = strcmp(out->levels[k].id, g->completed[i]) == 0;
        if (found || out->level_count == SAV_MAX_LEVELS || strlen(g->completed[i]) > SAV_LEVEL_ID_MAX)
            continue;
        sav_level *l = &out->levels[out->level_count++];
        memset(l, 0, sizeof *l);
        snprintf(l->id, sizeof l->id, "%s", g->completed[i]);
        l->state = SAV_LEVEL_COMPLETED;
    }
}

void game_update_rank(game *g, bool celebrate)
{
    scr_rank rank = scr_catalogue_rank(g->catalogue, g->skills, g->skill_count, game_mastered_count(g));
    bool up = rank.index > g->rank.index;
    g->rank = rank;
    if (!up || !celebrate) return;
    game_sound(g, "rank_up");
    g->rank_flash = 150;
    char speaker[96];
    snprintf(speaker, sizeof speaker, "New rank: %s", rank.title);
    const char *card = rank.card ? rank.card : rank.title;
    game_level_say(g, speaker, &card, 1);
}
