/* script_code_cache: the game's own scripts compiled once per process.
 * Every level gets a fresh sandbox that runs scripts/helpers.lua, every
 * skill file, fields.lua and behaviours.lua before the level itself; the
 * index alone does that for every level file at start-up, and parsing that
 * Lua was half of the time before the title appeared. A file's compiled
 * form (lua_dump, debug information kept, so errors still name file and
 * line) is kept by path and exact contents: a file changed on disk (hot
 * reload, an author's edit) compiles again. The bytes never leave this
 * process and are only ever made by lua_dump from source Lua accepted in
 * text mode, so loading them in binary mode trusts nothing from outside. */
#include "script_internal.h"

#include <stdlib.h>
#include <string.h>

#define SCR_CODE_ENTRIES 64
#define SCR_CODE_FILE_MAX (2u << 20)      /* larger files load the ordinary way */
#define SCR_CODE_TOTAL_MAX (16u << 20)    /* sources and code together */

typedef struct {
    char *path;
    char *source;
    size_t source_len;
    char *code;
    size_t code_len;
} scr_code_entry;

static scr_code_entry scr_code_entries[SCR_CODE_ENTRIES];
static size_t scr_code_total;
static int scr_code_next_victim;

typedef struct {
    const char *bytes;
    size_t len;
} scr_memory_reader;

static const char *scr_read_memory(lua_State *L, void *ud, size_t *size)
{
    (void)L;
    scr_memory_reader *r = ud;
    *size = r->len;
    r->len = 0;
    return *size ? r->bytes : NULL;
}

typedef struct {
    char *bytes;
    size_t len, cap;
    bool failed;
} scr_dump_buffer;

static int scr_write_dump(lua_State *L, const void *p, size_t size, void *ud)
{
    (void)L;
    scr_dump_buffer *b = ud;
    if (b->failed) return 1;
    if (b->len + size > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + size) cap *= 2;
        char *grown = realloc(b->bytes, cap);
        if (!grown) {
            b->failed = true;
            return 1;
        }
        b->bytes = grown;
        b->cap = cap;
    }
    memcpy(b->bytes + b->len, p, size);
    b->len += size;
    return 0;
}

static void scr_code_drop(scr_code_entry *e)
{
    scr_code_total -= e->source_len + e->code_len;
    free(e->path);
    free(e->source);
    free(e->code);
    memset(e, 0, sizeof *e);
}

static scr_code_entry *scr_code_find(const char *path, const char *source, size_t len)
{
    for (int i = 0; i < SCR_CODE_ENTRIES; i++) {
        scr_code_entry *e = &scr_code_entries[i];
        if (e->path && e->source_len == len && strcmp(e->path, path) == 0 &&
            memcmp(e->source, source, len) == 0)
            return e;
    }
    return NULL;
}

/* Keeps the function on top of the stack as path's code; the source moves
 * into the cache. A file that cannot be kept is simply compiled next time. */
static void scr_code_keep(lua_State *L, const char *path, char *source, size_t len)
{
    scr_dump_buffer dump = {0};
    if (lua_dump(L, scr_write_dump, &dump, 0) != 0 || dump.failed ||
        len + dump.len > SCR_CODE_TOTAL_MAX) {
        free(dump.bytes);
        free(source);
        return;
    }
    scr_code_entry *slot = NULL;
    for (int i = 0; i < SCR_CODE_ENTRIES && !slot; i++)
        if (scr_code_entries[i].path && strcmp(scr_code_entries[i].path, path) == 0)
            slot = &scr_code_entries[i]; /* the file's older contents */
    for (int i = 0; i < SCR_CODE_ENTRIES && !slot; i++)
        if (!scr_code_entries[i].path) slot = &scr_code_entries[i];
    if (!slot) {
        slot = &scr_code_entries[scr_code_next_victim];
        scr_code_next_victim = (scr_code_next_victim + 1) % SCR_CODE_ENTRIES;
    }
    if (slot->path) scr_code_drop(slot);
    for (int i = 0; i < SCR_CODE_ENTRIES && scr_code_total + len + dump.len > SCR_CODE_TOTAL_MAX; i++)
        if (scr_code_entries[i].path) scr_code_drop(&scr_code_entries[i]);
    size_t path_len = strlen(path) + 1;
    slot->path = malloc(path_len);
    if (!slot->path) {
        free(dump.bytes);
        free(source);
        return;
    }
    memcpy(slot->path, path, path_len);
    slot->source = source;
    slot->source_len = len;
    slot->code = dump.bytes;
    slot->code_len = dump.len;
    scr_code_total += len + dump.len;
}

bool scr_load_file_cached(scr_sandbox *sb, const char *path, const char *chunkname, char *err,
                          size_t err_size)
{
    size_t len = 0;
    bool whole = false;
    char *source = scr_read_file_text(path, SCR_CODE_FILE_MAX, &len, &whole);
    if (!source || !whole) {
        /* Too large or unreadable: loaded the ordinary way, which says why. */
        free(source);
        return scr_load_file(sb, path, chunkname, err, err_size);
    }
    scr_remember_chunk(sb, path);
    scr_code_entry *e = scr_code_find(path, source, len);
    if (e) {
        free(source);
        scr_memory_reader r = {e->code, e->code_len};
        int status = lua_load(sb->L, scr_read_memory, &r, chunkname, "b");
        return scr_load_failed(sb, path, status, false, err, err_size);
    }
    scr_memory_reader r = {source, len};
    int status = lua_load(sb->L, scr_read_memory, &r, chunkname, "t");
    if (status != LUA_OK) {
        free(source);
        return scr_load_failed(sb, path, status, false, err, err_size);
    }
    scr_code_keep(sb->L, path, source, len);
    return true;
}
