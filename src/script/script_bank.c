/* script_bank: a quest's bank file (levels/QUEST/bank.lua), the review-only
 * exercises of its skills: read like a level's `exercises`, with no map, no
 * objects and nothing that runs after it is read. */
#include "script_level.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool scr_is_bank(const char *path)
{
    const char *slash = strrchr(path, '/');
    return strcmp(slash ? slash + 1 : path, "bank.lua") == 0;
}

/* The name of the folder the file is in ("" for none). */
static void scr_folder_name(const char *path, char *out, size_t size)
{
    const char *end = strrchr(path, '/');
    const char *start = end;
    while (start && start > path && start[-1] != '/') start--;
    if (!end || !start) {
        snprintf(out, size, "%s", "");
        return;
    }
    snprintf(out, size, "%.*s", (int)(end - start), start);
}

void scr_read_bank(scr_reader *r, int bank)
{
    static const char *const keys[] = {"format", "quest", "exercises"};
    lua_State *L = r->L;
    lvl_def *def = r->def;
    def->is_bank = true;
    scr_unknown_keys(r, bank, "the bank", keys, (int)(sizeof keys / sizeof *keys));
    int ft = scr_rawfield(L, bank, "format");
    def->format = ft == LUA_TNUMBER && lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    if (def->format != LVL_FORMAT)
        scr_problem(r, ft == LUA_TNIL ? 0 : scr_line_of(r, "format"),
                    "a bank needs 'format = %d' (the level API version)", LVL_FORMAT);
    def->quest = scr_read_text(r, bank, "quest", true, "the bank", SCR_MAX_NAME);
    char folder[256];
    scr_folder_name(r->path, folder, sizeof folder);
    if (def->quest && folder[0] && strcmp(folder, def->quest) != 0)
        scr_problem(r, scr_line_of(r, "quest"),
                    "the bank is in the folder '%s' but says quest = \"%s\": a bank belongs to "
                    "the quest whose folder holds it",
                    folder, def->quest);
    char id[300];
    snprintf(id, sizeof id, "%s.bank", def->quest ? def->quest : folder);
    def->id = scr_copy(id);
    def->title = scr_copy("the review bank");
    if (scr_rawfield(L, bank, "exercises") == LUA_TNIL)
        scr_problem(r, 0, "a bank needs 'exercises = { ... }'");
    lua_pop(L, 1);
    scr_read_exercises(r, bank);
    for (int i = 0; i < def->quiz_count; i++) def->quizzes[i].bank = true;
}
