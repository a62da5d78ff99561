/* game_tools: the files the author's command-line tools work on: files as
 * given, folders searched (game_check.c is --check, game_testdrv.c --test). */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* DT_DIR, lstat */
#endif
#include "game_tools.h"
#include "game_internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define TOOLS_MAX_FILES 4096

bool game_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

void game_file_add(game_file_list *l, const char *path)
{
    if (l->count == TOOLS_MAX_FILES) return;
    char **grown = realloc(l->paths, sizeof *grown * (size_t)(l->count + 1));
    if (!grown) return;
    l->paths = grown;
    l->paths[l->count] = malloc(strlen(path) + 1);
    if (l->paths[l->count]) strcpy(l->paths[l->count++], path);
}

static void tools_walk(game_file_list *l, const char *dir, bool tests, int depth)
{
    DIR *d = opendir(dir);
    if (!d || depth > 8) {
        if (d) closedir(d);
        return;
    }
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(path, &st) != 0) continue; /* symlinks are not followed: no loops */
        if (S_ISDIR(st.st_mode)) {
            /* lib/ holds a quest's modules (sq.module): Lua, but not levels. */
            if (strcmp(e->d_name, "lib") != 0) tools_walk(l, path, tests, depth + 1);
        } else if (S_ISREG(st.st_mode) && strcmp(e->d_name, "skills.lua") != 0 &&
                 ((game_ends_with(path, ".lua") && game_ends_with(path, ".test.lua") == tests) ||
                  (!tests && game_ends_with(path, ".tmx"))))
            game_file_add(l, path);
    }
    closedir(d);
}

static int tools_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files as given, directories searched; returns false on a path that does not exist. */
bool game_collect_files(game_file_list *l, char **args, int count, bool tests)
{
    bool ok = true;
    for (int i = 0; i < count; i++) {
        struct stat st;
        if (stat(args[i], &st) != 0) {
            fprintf(stderr, "skillquest: %s: no such file or directory\n", args[i]);
            ok = false;
        } else if (S_ISDIR(st.st_mode)) {
            int before = l->count;
            char dir[4096];
            snprintf(dir, sizeof dir, "%s", args[i]);
            for (size_t n = strlen(dir); n > 1 && dir[n - 1] == '/'; n--) dir[n - 1] = '\0';
            tools_walk(l, dir, tests, 0);
            qsort(l->paths + before, (size_t)(l->count - before), sizeof *l->paths, tools_cmp);
        } else {
            game_file_add(l, args[i]);
        }
    }
    return ok;
}

void game_free_files(game_file_list *l)
{
    for (int i = 0; i < l->count; i++) free(l->paths[i]);
    free(l->paths);
}

/* A pack's skills.lua sits in a level's folder or the folder above it
 * (levels/skills.lua, levels/QUEST/skills.lua): each found once, in the
 * order the files are checked. */
void game_find_nearby_skill_packs(const game_file_list *files, game_file_list *packs)
{
    for (int i = 0; i < files->count; i++) {
        char dir[4096];
        snprintf(dir, sizeof dir, "%s", files->paths[i]);
        for (int up = 0; up < 2; up++) {
            char *slash = strrchr(dir, '/');
            if (slash) *slash = '\0';
            else snprintf(dir, sizeof dir, ".");
            char path[4200];
            snprintf(path, sizeof path, "%s/skills.lua", dir);
            struct stat st;
            bool seen = false;
            for (int k = 0; k < packs->count && !seen; k++) seen = strcmp(packs->paths[k], path) == 0;
            if (!seen && stat(path, &st) == 0 && S_ISREG(st.st_mode)) game_file_add(packs, path);
            if (!slash) break;
        }
    }
}
