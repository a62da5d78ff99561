/* game_index: the level files a session plays. The shipped levels, then the
 * player's packs, are found and read once, before any level runs (a level's
 * callbacks never wait on the disk): each file's id and quest, and the
 * questions that spaced review asks. */
#include "game_internal.h"
#include "log.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int game_path_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool game_reserved_name(const char *name)
{
    return strcmp(name, "bank.lua") == 0 || strcmp(name, "skills.lua") == 0;
}

static bool game_is_level_file(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && strcmp(name + n - 4, ".lua") == 0 &&
           !(n > 9 && strcmp(name + n - 9, ".test.lua") == 0) && !game_reserved_name(name);
}

static bool game_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int game_add_path(char **paths, int count, int max, const char *path)
{
    if (count == max || !game_is_file(path)) return count;
    paths[count] = malloc(strlen(path) + 1);
    if (!paths[count]) return count;
    strcpy(paths[count], path);
    return count + 1;
}

/* root/levels/NAME (when top), then root/levels/QUEST/NAME by quest name. */
static int game_scan_quest_files(const char *root, const char *name, bool top, char **paths,
                                 int count, int max)
{
    char base[4200], path[4600];
    snprintf(base, sizeof base, "%s/levels", root);
    snprintf(path, sizeof path, "%s/%s", base, name);
    if (top) count = game_add_path(paths, count, max, path);
    DIR *d = opendir(base);
    if (!d) return count;
    int first = count;
    struct dirent *e;
    while ((e = readdir(d)) && count < max) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, "template") == 0) continue;
        snprintf(path, sizeof path, "%s/%s/%s", base, e->d_name, name);
        count = game_add_path(paths, count, max, path);
    }
    closedir(d);
    qsort(paths + first, (size_t)(count - first), sizeof *paths, game_path_cmp);
    return count;
}

int game_find_skill_packs(const char *data_root, const char *user_dir, char **paths, int max)
{
    int n = game_scan_quest_files(data_root, "skills.lua", true, paths, 0, max);
    if (user_dir && user_dir[0]) n = game_scan_quest_files(user_dir, "skills.lua", true, paths, n, max);
    return n;
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

void game_index_levels(game *g)
{
    game_index *ix = &g->index;
    if (ix->indexed) return;
    ix->indexed = true;
    ix->count = game_find_levels(g->data_root, g->cfg.user_dir, ix->paths, GAME_MAX_LEVELS);
    for (int i = 0; i < ix->count; i++) {
        lvl_def def;
        char err[600];
        scr_env env = game_script_env(g, NULL);
        scr_level *probe = scr_level_load(ix->paths[i], &env, &def, err, sizeof err);
        game_level_info *info = &ix->info[i];
        info->readable = probe != NULL;
        if (probe) {
            snprintf(info->id, sizeof info->id, "%s", def.id ? def.id : "");
            snprintf(info->quest, sizeof info->quest, "%s", def.quest ? def.quest : "");
            game_review_collect(g, &def);
            scr_level_destroy(probe);
            lvl_free(&def);
        }
    }
    /* The quests' banks: review-only exercises, asked by the review desks. */
    char *banks[GAME_MAX_QUEST_BANKS];
    int bank_count = game_scan_quest_files(g->data_root, "bank.lua", false, banks, 0,
                                           GAME_MAX_QUEST_BANKS);
    if (g->cfg.user_dir && g->cfg.user_dir[0])
        bank_count = game_scan_quest_files(g->cfg.user_dir, "bank.lua", false, banks, bank_count,
                                           GAME_MAX_QUEST_BANKS);
    for (int i = 0; i < bank_count; i++) {
        lvl_def def;
        char err[600];
        scr_env env = game_script_env(g, NULL);
        scr_level *probe = scr_level_load(banks[i], &env, &def, err, sizeof err);
        if (probe && def.is_bank) game_review_collect(g, &def);
        else if (!probe) log_error("%s", err); /* --check says more; the game goes on without it */
        if (probe) scr_level_destroy(probe);
        if (probe) lvl_free(&def);
        free(banks[i]);
    }
}

bool game_hub_path(const game *g, char *out, size_t size)
{
    snprintf(out, size, "%s/levels/hub/hub.lua", g->data_root);
    FILE *f = fopen(out, "rb");
    if (f) fclose(f);
    return f != NULL;
}

int game_quest_levels(const game *g, const char *quest, const char **ids, int max)
{
    int n = 0;
    for (int i = 0; i < g->index.count && n < max; i++)
        if (g->index.info[i].readable && strcmp(g->index.info[i].quest, quest) == 0)
            ids[n++] = g->index.info[i].id;
    return n;
}

bool game_won(const game *g, const char *id)
{
    for (int i = 0; i < g->progress.completed_count; i++)
        if (strcmp(g->progress.completed[i], id) == 0) return true;
    return false;
}

scr_env game_script_env(const game *g, const scr_host *host)
{
    scr_env env = {g->data_root, scr_default_limits(), host, g->cfg.seed,
                   (const char *const *)g->index.skill_packs, g->index.skill_pack_count};
    return env;
}

void game_index_free(game *g)
{
    game_review_free(g);
    for (int i = 0; i < g->index.skill_pack_count; i++) free(g->index.skill_packs[i]);
    g->index.skill_pack_count = 0;
    for (int i = 0; i < g->index.count; i++) free(g->index.paths[i]);
    g->index.count = 0;
    g->index.indexed = false;
}

void game_start_playing(game *g, bool new_game)
{
    if (new_game) game_clear_progress(g);
    /* The hub, where the quests' portals are; without one, the first level
     * not yet won (all won: the first again). */
    char hub[GAME_PATH_MAX];
    if (game_hub_path(g, hub, sizeof hub)) {
        game_switch_level(g, hub);
        return;
    }
    const game_index *ix = &g->index;
    const char *target = ix->count ? ix->paths[0] : NULL;
    for (int i = 0; i < ix->count && !new_game; i++)
        if (ix->info[i].readable && !game_won(g, ix->info[i].id)) {
            target = ix->paths[i];
            break;
        }
    char first[GAME_PATH_MAX];
    if (!target) {
        snprintf(first, sizeof first, "%s", g->level.path);
        target = first;
    }
    game_switch_level(g, target);
}
