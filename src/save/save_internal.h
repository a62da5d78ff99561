/* save_internal: what the save module's files share. Not a face: only
 * the save module's own .c files include it; everyone else uses save.h. */
#ifndef SQ_SAVE_INTERNAL_H
#define SQ_SAVE_INTERNAL_H

#include "save.h"

#define SAV_MAGIC "skillquest-save "
#define SAV_NAME "progress.sav"
#define SAV_BAK_NAME "progress.sav.bak"
#define SAV_TMP_NAME "progress.sav.tmp"
#define SAV_BAK_TMP_NAME "progress.sav.bak.tmp"
#define SAV_LOCK_NAME "progress.lock"
#define SAV_COPY_TMP_NAME "progress-copy.tmp"
#define SAV_TIME_MAX 253402300799LL /* 9999-12-31 */
#define SAV_PATH_MAX 4096

/* snprintf into buf; NULL or size 0 is fine. */
void sav_set(char *buf, size_t size, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* ---- save_file.c: files ---- */

bool sav_path(char *out, const char *dir, const char *name);

/* One file, read and parsed. */
typedef struct {
    sav_file_status status;
    bool movable;   /* not usable for a lasting reason: safe to move aside */
    char *bytes;    /* the file's bytes when it could be read (owned) */
    size_t len;
    sav_progress *progress; /* when GOOD (owned) */
    char why[256];
} sav_file;

/* Reads and parses one file. Never modifies anything. */
void sav_examine(const char *path, sav_file *f);
void sav_file_free(sav_file *f);

/* A failed system call: why->kind from e, the detail for the log. */
void sav_fail(sav_failure *why, const char *what, const char *path, int e);
/* A failure that is no system call's. */
void sav_fail_other(sav_failure *why, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

bool sav_make_dir(const char *dir, sav_failure *why);
bool sav_write_synced(const char *path, const char *bytes, size_t len, sav_failure *why);
bool sav_sync_dir(const char *dir, sav_failure *why);

/* What a store may overwrite. */
typedef struct {
    /* false: the legacy sav_store rule (p->generation newer than progress.sav's) */
    bool guarded;
    /* guarded: the generation this process loaded or last wrote; has_base is
     * false when it started with no save, so that any save found is another's */
    uint64_t base;
    bool has_base;
    /* guarded: a save by a newer SkillQuest found at load may be moved aside
     * (the player was told); one that appears later is another copy's */
    bool future_seen;
} sav_guard;

/* Writes p, with this generation, as the current save (save_file.c explains
 * the steps). Returns SAV_SAVED, SAV_FAILED or SAV_CONFLICT. */
sav_save_result sav_write_progress(const char *dir, const sav_progress *p, uint64_t generation,
                                   const sav_guard *guard, sav_failure *why);

/* ---- save_folder.c, for save_copies.c ---- */

/* Whether f may write at all (not read-only, no conflict); when not, why and
 * the result to give. */
bool sav_folder_may_write(sav_folder *f, sav_failure *why, sav_save_result *result);
/* Writes p as the current save with f's next generation (set in *generation),
 * with f's guard, outside the back-off; f then owns that generation. */
sav_save_result sav_folder_write(sav_folder *f, const sav_progress *p, sav_failure *why,
                                 uint64_t *generation);

/* ---- save_copies.c ---- */

/* How many copies in dir are GOOD (for the load report). */
int sav_count_good_copies(const char *dir);

#endif
