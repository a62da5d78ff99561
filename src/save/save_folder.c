/* save_folder: one copy of the game's hold on its data folder.
 *
 * Two copies of the game on one folder must not destroy each other's
 * progress. Two guards, the second for when the first cannot work:
 *
 *   1. The lock. sav_open takes flock() on progress.lock; a second copy finds
 *      it held, loads the progress to play with, and never writes (its
 *      sav_save answers SAV_READ_ONLY, without touching the disk). The kernel
 *      drops the lock when its holder ends, however it ends, so a crash never
 *      leaves the folder locked. The lock file is never deleted: deleting it
 *      would let a third copy lock a new file while the second still holds
 *      the old one.
 *   2. The generation. Where locks do not hold (an old SkillQuest without
 *      them, some network file systems, files copied in by hand), each store
 *      checks that progress.sav and its backup hold nothing this process did
 *      not load or write: their generation must not be newer than the one it
 *      loaded or last saved. The folder picks the next generation itself, so
 *      no caller can "try again with a higher number" until it wins; after a
 *      conflict the folder refuses every later write (SAV_CONFLICT).
 *
 * A failed save is retried only after sav_retry_delay: the caller may ask
 * every tick, and the disk is touched every few seconds at most. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE /* flock */
#endif

#include "save_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

struct sav_lock {
    int fd;
};

struct sav_folder {
    char dir[SAV_PATH_MAX];
    sav_lock *lock;
    bool read_only;    /* another copy held the lock at sav_open */
    bool conflict;     /* latched by the first SAV_CONFLICT */
    sav_guard guard;   /* what this process loaded or last wrote */
    int failures;      /* failed saves in a row */
    double next_try;   /* no try before this (the caller's clock) */
    sav_failure last;  /* the last failure: answered while deferring */
};

/* ---- the lock ---- */

sav_lock *sav_lock_acquire(const char *dir, sav_failure *why)
{
    sav_failure scratch;
    if (!why) why = &scratch;
    memset(why, 0, sizeof *why);
    char path[SAV_PATH_MAX];
    if (!dir || !*dir || !sav_path(path, dir, SAV_LOCK_NAME)) {
        sav_fail_other(why, "save: no data folder, or its path is too long");
        return NULL;
    }
    if (!sav_make_dir(dir, why)) return NULL;
    int flags = O_CLOEXEC | O_NOFOLLOW | O_NOCTTY;
    int fd = open(path, O_RDWR | O_CREAT | flags, 0644);
    bool writable = fd >= 0;
    if (fd < 0) {
        /* A folder this user may not write can still be locked through a lock
         * file that exists: flock needs no write access. */
        int e = errno;
        fd = open(path, O_RDONLY | flags);
        if (fd < 0) {
            sav_fail(why, "create the lock file", path, e);
            return NULL;
        }
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        sav_fail_other(why, "save: %s is not a file: cannot lock the save folder", path);
        close(fd);
        return NULL;
    }
    while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        int e = errno;
        if (e == EINTR) continue;
        if (e == EWOULDBLOCK) {
            char holder[24] = "";
            ssize_t n = pread(fd, holder, sizeof holder - 1, 0);
            holder[n > 0 ? n : 0] = '\0';
            holder[strcspn(holder, "\n")] = '\0';
            why->kind = SAV_FAIL_OTHER_COPY;
            why->errnum = e;
            sav_set(why->detail, sizeof why->detail,
                    "save: another copy of SkillQuest (process %s) holds %s: this one will "
                    "not save",
                    holder[0] ? holder : "?", path);
        } else {
            sav_fail(why, "lock", path, e);
        }
        close(fd);
        return NULL;
    }
    if (writable) { /* who holds it, for the other copy's log; a hint only */
        char pid[24];
        int n = snprintf(pid, sizeof pid, "%ld\n", (long)getpid());
        if (ftruncate(fd, 0) == 0 && pwrite(fd, pid, (size_t)n, 0) != n) {
            /* the lock holds without it */
        }
    }
    sav_lock *lock = malloc(sizeof *lock);
    if (!lock) {
        sav_fail_other(why, "save: out of memory");
        close(fd);
        return NULL;
    }
    lock->fd = fd;
    return lock;
}

void sav_lock_release(sav_lock *lock)
{
    if (!lock) return;
    close(lock->fd); /* closing the last descriptor releases the flock */
    free(lock);
}

/* ---- the folder ---- */

/* Appends text after a space, cut to fit. */
static void sav_append(char *buf, size_t size, const char *text)
{
    size_t n = strlen(buf);
    if (n + 2 >= size) return;
    if (n) buf[n++] = ' ';
    size_t len = strlen(text);
    if (len > size - 1 - n) len = size - 1 - n;
    memcpy(buf + n, text, len);
    buf[n + len] = '\0';
}

sav_folder *sav_open(const char *dir, sav_progress *out, sav_report *report)
{
    sav_report scratch;
    if (!report) report = &scratch;
    sav_folder *f = calloc(1, sizeof *f);
    if (!f) {
        memset(report, 0, sizeof *report);
        sav_defaults(out);
        report->code = SAV_FRESH_START;
        report->read_only = true;
        sav_set(report->detail, sizeof report->detail, "save: out of memory opening %s",
                dir ? dir : "(no folder)");
        return NULL;
    }
    snprintf(f->dir, sizeof f->dir, "%s", dir ? dir : "");
    /* The lock first: what is loaded then cannot change under this copy. */
    sav_failure why;
    f->lock = sav_lock_acquire(dir, &why);
    sav_load(dir, out, report);
    bool loaded = report->code == SAV_OK || report->code == SAV_RESTORED_BACKUP;
    f->guard.guarded = true;
    f->guard.has_base = loaded;
    f->guard.base = loaded ? out->generation : 0;
    f->guard.future_seen = report->save_status == SAV_FILE_FUTURE;
    if (!f->lock) {
        if (why.kind == SAV_FAIL_OTHER_COPY) {
            f->read_only = true;
            report->read_only = true;
            sav_append(report->message, sizeof report->message,
                       sav_failure_message(SAV_FAIL_OTHER_COPY));
        }
        sav_append(report->detail, sizeof report->detail, why.detail);
    }
    return f;
}

void sav_close(sav_folder *f)
{
    if (!f) return;
    sav_lock_release(f->lock);
    free(f);
}

bool sav_writable(const sav_folder *f)
{
    return f && !f->read_only && !f->conflict;
}

const char *sav_folder_dir(const sav_folder *f)
{
    return f ? f->dir : "";
}

/* Whether f may write at all; when not, why and the result to give. */
static bool sav_may_write(sav_folder *f, sav_failure *why, sav_save_result *result)
{
    if (!f) {
        sav_fail_other(why, "save: no save folder");
        *result = SAV_FAILED;
        return false;
    }
    if (f->read_only) {
        why->kind = SAV_FAIL_OTHER_COPY;
        why->first = false; /* sav_open's report told the player already */
        sav_set(why->detail, sizeof why->detail,
                "save: another copy of SkillQuest holds %s: not saved", f->dir);
        *result = SAV_READ_ONLY;
        return false;
    }
    if (f->conflict) {
        *why = f->last;
        why->first = false;
        *result = SAV_CONFLICT;
        return false;
    }
    return true;
}

/* After a write of `generation`: what this process now owns, or the latch. */
static void sav_note(sav_folder *f, sav_save_result r, uint64_t generation, sav_failure *why)
{
    if (r == SAV_SAVED) {
        f->guard.base = generation;
        f->guard.has_base = true;
        f->guard.future_seen = false; /* set aside by this store, if it was there */
        f->failures = 0;
        memset(&f->last, 0, sizeof f->last);
    } else if (r == SAV_CONFLICT) {
        f->conflict = true;
        why->first = true;
        f->last = *why;
    }
}

sav_save_result sav_save(sav_folder *f, const sav_progress *p, double now, sav_failure *why)
{
    sav_failure scratch;
    if (!why) why = &scratch;
    memset(why, 0, sizeof *why);
    sav_save_result r;
    if (!sav_may_write(f, why, &r)) return r;
    if (f->failures > 0 && now < f->next_try) {
        *why = f->last;
        why->first = false;
        return SAV_DEFERRED;
    }
    uint64_t generation = sav_generation_next(f->guard.base);
    r = sav_write_progress(f->dir, p, generation, &f->guard, why);
    if (r == SAV_FAILED) {
        /* Tell the player once per reason, not once per try. */
        why->first = f->failures == 0 || f->last.kind != why->kind;
        if (f->failures < 1000) f->failures++;
        f->next_try = now + sav_retry_delay(f->failures);
        f->last = *why;
    }
    sav_note(f, r, generation, why);
    return r;
}

/* ---- what save_copies.c needs of the folder ---- */

bool sav_folder_may_write(sav_folder *f, sav_failure *why, sav_save_result *result)
{
    return sav_may_write(f, why, result);
}

sav_save_result sav_folder_write(sav_folder *f, const sav_progress *p, sav_failure *why,
                                 uint64_t *generation)
{
    *generation = sav_generation_next(f->guard.base);
    sav_save_result r = sav_write_progress(f->dir, p, *generation, &f->guard, why);
    if (r == SAV_FAILED) why->first = true; /* the player asked: always say why */
    sav_note(f, r, *generation, why);
    return r;
}
