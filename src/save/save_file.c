/* save_file: progress on disk, written so that a crash at any instant leaves a
 * complete save no older than the last one acknowledged, and a file that
 * cannot be read is never overwritten.
 *
 * THE INVARIANT (sav_write_progress, behind sav_save and sav_store). Call
 * "acknowledged" the last save for which it returned SAV_SAVED. At every
 * instant, including in the middle of a store and after a SIGKILL at any
 * point in it:
 *
 *   once a save has been acknowledged, DIR/progress.sav is a complete,
 *   readable save whose generation is the acknowledged one or the one being
 *   written, and DIR/progress.sav.bak, when present, is a complete, readable
 *   save no newer than it (the previous one; briefly, between steps 3 and 4,
 *   the same one).
 *
 * Only whole-file renames ever change what those two names point to:
 *
 *   1. write the new save to progress.sav.tmp (a new file: a leftover is
 *      removed first), fsync it. The two real names are untouched; a crash
 *      here leaves a stray .tmp, which readers ignore.
 *   2. if progress.sav.bak cannot be read, rename it to
 *      progress.sav.bak.broken-TIME (kept, not overwritten).
 *   3. if progress.sav is readable: make progress.sav.bak.tmp a second link to
 *      it (or, where hard links are not supported, a fsynced copy of its
 *      bytes), then rename progress.sav.bak.tmp over progress.sav.bak. The
 *      backup switches atomically from one complete save to another;
 *      progress.sav itself never stops existing.
 *      If progress.sav cannot be read, rename it to progress.sav.broken-TIME
 *      instead (nothing acknowledged lives in it), and leave the backup alone.
 *   4. rename progress.sav.tmp over progress.sav: atomic, the old or the new
 *      complete save is visible, never neither and never a mix.
 *   5. fsync the directory, so the renames survive a power cut; only then
 *      acknowledge.
 *
 * So the obvious order (rename progress.sav to .bak, then tmp to progress.sav)
 * is replaced by link-then-rename: with two renames there is an instant with
 * no progress.sav at all, survivable only because the reader falls back to the
 * backup, and the kill test could then see "restored from backup" after a
 * plain crash. With this order it always sees progress.sav.
 *
 * Power loss (not just a killed process): the new save's bytes are fsynced
 * before the rename that publishes them, the directory is fsynced before
 * acknowledging, and a data folder the store had to create is fsynced into
 * its parent (each level of it), so an acknowledged save is on disk, the very
 * first one included; an unacknowledged one may or may not survive, and
 * either outcome satisfies the invariant. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L /* fsync, link, localtime_r, O_CLOEXEC */
#endif

#include "save_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

bool sav_path(char *out, const char *dir, const char *name)
{
    int n = snprintf(out, SAV_PATH_MAX, "%s/%s", dir, name);
    return n > 0 && n < SAV_PATH_MAX;
}

/* ---- reading ---- */

void sav_file_free(sav_file *f)
{
    free(f->bytes);
    free(f->progress);
    f->bytes = NULL;
    f->progress = NULL;
}

/* O_NONBLOCK so a FIFO planted where the save should be cannot hang the game. */
void sav_examine(const char *path, sav_file *f)
{
    memset(f, 0, sizeof *f);
    int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        int e = errno;
        if (e == ENOENT || e == ENOTDIR) {
            f->status = SAV_FILE_MISSING;
            return;
        }
        f->status = SAV_FILE_UNREADABLE;
        f->movable = e == EACCES || e == EPERM || e == ELOOP || e == EISDIR;
        sav_set(f->why, sizeof f->why, "cannot open: %s", strerror(e));
        return;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        sav_set(f->why, sizeof f->why, "cannot stat: %s", strerror(errno));
        f->status = SAV_FILE_UNREADABLE;
        close(fd);
        return;
    }
    if (!S_ISREG(st.st_mode)) {
        sav_set(f->why, sizeof f->why, "%s", S_ISDIR(st.st_mode) ? "it is a folder, not a file"
                                                                 : "it is not a regular file");
        f->status = SAV_FILE_UNREADABLE;
        f->movable = true;
        close(fd);
        return;
    }
    f->bytes = malloc(SAV_MAX_FILE_BYTES + 1);
    if (!f->bytes) {
        sav_set(f->why, sizeof f->why, "out of memory");
        f->status = SAV_FILE_UNREADABLE;
        close(fd);
        return;
    }
    size_t len = 0;
    for (;;) {
        ssize_t got = read(fd, f->bytes + len, SAV_MAX_FILE_BYTES + 1 - len);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            sav_set(f->why, sizeof f->why, "read error: %s", strerror(errno));
            f->status = SAV_FILE_UNREADABLE;
            close(fd);
            sav_file_free(f);
            return;
        }
        if (got == 0) break;
        len += (size_t)got;
        if (len > SAV_MAX_FILE_BYTES) break;
    }
    close(fd);
    f->len = len;
    f->progress = malloc(sizeof *f->progress);
    if (!f->progress) {
        sav_set(f->why, sizeof f->why, "out of memory");
        f->status = SAV_FILE_UNREADABLE;
        sav_file_free(f);
        return;
    }
    f->status = sav_parse(f->bytes, len, f->progress, f->why, sizeof f->why);
    f->movable = true; /* damaged and future files are kept aside, unchanged */
    if (f->status != SAV_FILE_GOOD) {
        free(f->progress);
        f->progress = NULL;
    }
}

static const char *sav_status_word(sav_file_status s)
{
    switch (s) {
    case SAV_FILE_GOOD: return "good";
    case SAV_FILE_MISSING: return "missing";
    case SAV_FILE_UNREADABLE: return "unreadable";
    case SAV_FILE_DAMAGED: return "damaged";
    case SAV_FILE_FUTURE: return "from a newer version";
    }
    return "?";
}

/* ---- load: what happened, for the player ---- */

static void sav_when(int64_t t, char *buf, size_t size)
{
    time_t tt = (time_t)t;
    struct tm tm;
    if (t <= 0 || !localtime_r(&tt, &tm) || strftime(buf, size, "%Y-%m-%d %H:%M", &tm) == 0)
        sav_set(buf, size, "an earlier session");
}

/* What happened to progress.sav, as the start of a sentence. */
static const char *sav_save_phrase(sav_file_status s)
{
    switch (s) {
    case SAV_FILE_MISSING: return "Your save file was missing";
    case SAV_FILE_UNREADABLE: return "Your save file could not be opened";
    case SAV_FILE_DAMAGED: return "Your save was damaged";
    case SAV_FILE_FUTURE:
        return "Your save was made by a newer version of SkillQuest (this one cannot read it)";
    default: return "Your save could not be used";
    }
}

/* What happened to progress.sav.bak, to follow the phrase above. */
static const char *sav_backup_phrase(sav_file_status s)
{
    switch (s) {
    case SAV_FILE_MISSING: return "there is no backup";
    case SAV_FILE_UNREADABLE: return "its backup could not be opened";
    case SAV_FILE_DAMAGED: return "its backup is damaged";
    case SAV_FILE_FUTURE: return "its backup was made by a newer version";
    default: return "its backup could not be used";
    }
}

/* The message covers every outcome a player must know about: restored from
 * the backup (what was lost: whatever came after the backup), or nothing
 * usable (progress lost, starting from the beginning), always with where the
 * unusable files are kept and, when there are older copies, that the title
 * screen can go back to one. A clean load or a first start says nothing. */
static void sav_load_message(sav_report *r, const sav_progress *out, const char *dir)
{
    sav_file_status s = r->save_status, b = r->backup_status;
    size_t size = sizeof r->message;
    if (r->code == SAV_RESTORED_BACKUP) {
        char when[64];
        sav_when(out->saved_at, when, sizeof when);
        const char *kept =
            s == SAV_FILE_MISSING ? ""
            : s == SAV_FILE_FUTURE
                ? " That save is kept (renamed progress.sav.newer-...), never overwritten: "
                  "play the newer version to continue from it."
                : " The unusable file is kept (renamed progress.sav.broken-...), never "
                  "overwritten.";
        sav_set(r->message, size,
                "%s, so SkillQuest restored its backup from %s. Anything you did after that "
                "is lost.%s",
                sav_save_phrase(s), when, kept);
    } else if (r->code == SAV_UNREADABLE) {
        const char *kept = s == SAV_FILE_FUTURE
                               ? " play the newer version to continue from it."
                               : " nothing in them is overwritten.";
        sav_set(r->message, size,
                "%s and %s, so your progress could not be recovered and you are starting from "
                "the beginning. The files are kept in %s:%s",
                sav_save_phrase(s), sav_backup_phrase(b), dir, kept);
    } else {
        r->message[0] = '\0';
        return;
    }
    if (r->copies > 0) {
        size_t n = strlen(r->message);
        sav_set(r->message + n, size - n,
                " You can go back to an earlier copy of your progress from the title screen.");
    }
}

bool sav_load(const char *dir, sav_progress *out, sav_report *report)
{
    sav_report scratch;
    if (!report) report = &scratch;
    memset(report, 0, sizeof *report);
    sav_defaults(out);
    report->code = SAV_FRESH_START;
    report->save_status = SAV_FILE_MISSING;
    report->backup_status = SAV_FILE_MISSING;
    char path[SAV_PATH_MAX], bak_path[SAV_PATH_MAX];
    if (!dir || !sav_path(path, dir, SAV_NAME) || !sav_path(bak_path, dir, SAV_BAK_NAME)) {
        sav_set(report->detail, sizeof report->detail,
                "save: no data directory, or its path is too long");
        return false;
    }
    report->copies = sav_count_good_copies(dir);

    sav_file main_file;
    sav_examine(path, &main_file);
    report->save_status = main_file.status;
    if (main_file.status == SAV_FILE_GOOD) {
        *out = *main_file.progress;
        report->code = SAV_OK;
        sav_set(report->detail, sizeof report->detail, "save: loaded %s (generation %" PRIu64 ")",
                path, out->generation);
        sav_file_free(&main_file);
        return true;
    }

    sav_file bak;
    sav_examine(bak_path, &bak);
    report->backup_status = bak.status;
    if (bak.status == SAV_FILE_GOOD) {
        *out = *bak.progress;
        report->code = SAV_RESTORED_BACKUP;
        sav_set(report->detail, sizeof report->detail,
                "save: %s is %s (%s); restored %s (generation %" PRIu64 ")", path,
                sav_status_word(main_file.status), main_file.why, bak_path, out->generation);
    } else if (main_file.status == SAV_FILE_MISSING && bak.status == SAV_FILE_MISSING) {
        report->code = SAV_FRESH_START;
        sav_set(report->detail, sizeof report->detail, "save: no save in %s yet", dir);
    } else {
        report->code = SAV_UNREADABLE;
        sav_set(report->detail, sizeof report->detail, "save: %s is %s (%s); %s is %s (%s)",
                path, sav_status_word(main_file.status), main_file.why, bak_path,
                sav_status_word(bak.status), bak.why);
    }
    sav_load_message(report, out, dir);
    sav_file_free(&main_file);
    sav_file_free(&bak);
    return report->code == SAV_RESTORED_BACKUP;
}

/* ---- writing ---- */

void sav_fail(sav_failure *why, const char *what, const char *path, int e)
{
    const char *hint = "";
    if (e == EROFS) hint = " (the disk is read-only)";
    else if (e == EACCES) hint = " (the folder is read-only for this user)";
    else if (e == EPERM) hint = " (not allowed: is the file someone else's?)";
    else if (e == ENOSPC || e == EDQUOT || e == EFBIG) hint = " (the disk is full)";
    else if (e == ENOTDIR) hint = " (part of the path is a file, not a folder)";
    else if (e == EISDIR) hint = " (a folder is in the way)";
    why->kind = sav_classify_errno(e);
    why->errnum = e;
    sav_set(why->detail, sizeof why->detail, "Could not save your progress: cannot %s %s: %s%s",
            what, path, strerror(e), hint);
}

void sav_fail_other(sav_failure *why, const char *fmt, ...)
{
    why->kind = SAV_FAIL_OTHER;
    why->errnum = 0;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why->detail, sizeof why->detail, fmt, ap);
    va_end(ap);
}

bool sav_sync_dir(const char *dir, sav_failure *why)
{
    int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        sav_fail(why, "open the folder", dir, errno);
        return false;
    }
    /* Some file systems cannot sync a directory (EINVAL): nothing more to do there. */
    if (fsync(fd) != 0 && errno != EINVAL) {
        sav_fail(why, "flush the folder", dir, errno);
        close(fd);
        return false;
    }
    close(fd);
    return true;
}

/* mkdir -p, mode 0700 like SDL_GetPrefPath. A new directory is only durable
 * once the directory holding its name is fsynced, so after creating the
 * missing levels c1/c2/.../ck under an existing P it fsyncs P, c1, ..., ck:
 * each new name's parent, and the new leaf. If one of those fails, the levels
 * it created are removed again, so the next try creates (and syncs) them anew
 * rather than finding them and assuming they are on disk. */
#define SAV_DIR_DEPTH_MAX 128

bool sav_make_dir(const char *dir, sav_failure *why)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode)) return true;
        sav_fail_other(why, "Could not save your progress: %s is a file, not a folder", dir);
        why->errnum = ENOTDIR;
        return false;
    }
    char path[SAV_PATH_MAX];
    size_t len = strlen(dir);
    if (len == 0 || len >= sizeof path) {
        sav_fail_other(why, "Could not save your progress: the folder path is empty or too long");
        return false;
    }
    memcpy(path, dir, len + 1);
    while (len > 1 && path[len - 1] == '/') path[--len] = '\0';
    size_t created[SAV_DIR_DEPTH_MAX]; /* the end of each level created, in order */
    int count = 0;
    bool ok = true;
    for (char *s = path + 1;; s++) {
        if (*s != '/' && *s != '\0') continue;
        char saved = *s;
        *s = '\0';
        if (mkdir(path, 0700) == 0) {
            if (count == SAV_DIR_DEPTH_MAX) {
                sav_fail_other(why, "Could not save your progress: the folder %s is too deep", dir);
                ok = false;
            } else {
                created[count++] = (size_t)(s - path);
            }
        } else if (errno != EEXIST) {
            sav_fail(why, "create the folder", path, errno);
            ok = false;
        }
        *s = saved;
        if (!ok || saved == '\0') break;
    }
    if (ok && count > 0) {
        /* The parent of the first new level: the path up to its last '/'. */
        char parent[SAV_PATH_MAX];
        size_t first = created[0];
        size_t cut = first;
        while (cut > 0 && path[cut - 1] != '/') cut--;
        while (cut > 1 && path[cut - 1] == '/') cut--; /* "a//b": the parent is "a" */
        if (cut == 0) snprintf(parent, sizeof parent, ".");
        else if (cut == 1 && path[0] == '/') snprintf(parent, sizeof parent, "/");
        else snprintf(parent, sizeof parent, "%.*s", (int)cut, path);
        ok = sav_sync_dir(parent, why);
        for (int i = 0; ok && i < count; i++) {
            char level[SAV_PATH_MAX];
            snprintf(level, sizeof level, "%.*s", (int)created[i], path);
            ok = sav_sync_dir(level, why);
        }
    }
    if (!ok) {
        for (int i = count - 1; i >= 0; i--) {
            path[created[i]] = '\0';
            rmdir(path);
        }
        return false;
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        sav_fail_other(why, "Could not save your progress: cannot create the folder %s", dir);
        return false;
    }
    return true;
}

/* Creates path anew with exactly these bytes, fsynced. A leftover file of that
 * name is removed first rather than truncated: truncating would write through
 * to any other name linked to it. Never follows a symbolic link planted at
 * path. Removes its own partial file on failure. */
bool sav_write_synced(const char *path, const char *bytes, size_t len, sav_failure *why)
{
    if (unlink(path) != 0 && errno != ENOENT) {
        sav_fail(why, "remove", path, errno);
        return false;
    }
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY, 0644);
    if (fd < 0) {
        sav_fail(why, "create", path, errno);
        return false;
    }
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, bytes + done, len - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int e = n < 0 ? errno : ENOSPC;
            sav_fail(why, "write", path, e);
            close(fd);
            unlink(path);
            return false;
        }
        done += (size_t)n;
    }
    if (fsync(fd) != 0) {
        sav_fail(why, "flush", path, errno);
        close(fd);
        unlink(path);
        return false;
    }
    if (close(fd) != 0) {
        sav_fail(why, "close", path, errno);
        unlink(path);
        return false;
    }
    return true;
}

/* Renames DIR/NAME to DIR/NAME.TAG-YYYYmmdd-HHMMSS[-N], a name not in use. */
static bool sav_move_aside(const char *dir, const char *name, const char *tag, sav_failure *why)
{
    char from[SAV_PATH_MAX], to[SAV_PATH_MAX], stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    if (!localtime_r(&now, &tm) || strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm) == 0)
        snprintf(stamp, sizeof stamp, "%lld", (long long)now);
    if (!sav_path(from, dir, name)) return false;
    for (int i = 1; i < 1000; i++) {
        int n = i == 1 ? snprintf(to, sizeof to, "%s/%s.%s-%s", dir, name, tag, stamp)
                       : snprintf(to, sizeof to, "%s/%s.%s-%s-%d", dir, name, tag, stamp, i);
        if (n < 0 || n >= (int)sizeof to) break;
        struct stat st;
        if (lstat(to, &st) == 0) continue;
        if (errno != ENOENT) break;
        if (rename(from, to) == 0) return true;
        sav_fail(why, "move aside the unreadable", from, errno);
        return false;
    }
    sav_fail_other(why, "Could not save your progress: cannot find a name to keep %s under", from);
    return false;
}

/* progress.sav.bak becomes the current progress.sav (f: its examined bytes),
 * atomically, while progress.sav stays in place. */
static bool sav_make_backup(const char *dir, const sav_file *f, sav_failure *why)
{
    char path[SAV_PATH_MAX], bak[SAV_PATH_MAX], bak_tmp[SAV_PATH_MAX];
    if (!sav_path(path, dir, SAV_NAME) || !sav_path(bak, dir, SAV_BAK_NAME) ||
        !sav_path(bak_tmp, dir, SAV_BAK_TMP_NAME))
        return false;
    if (unlink(bak_tmp) != 0 && errno != ENOENT) { /* a leftover from a crash */
        sav_fail(why, "remove", bak_tmp, errno);
        return false;
    }
    if (link(path, bak_tmp) != 0) {
        int e = errno;
        if (e == EACCES || e == EROFS || e == ENOSPC || e == EDQUOT || e == ENOENT) {
            sav_fail(why, "back up", path, e);
            return false;
        }
        /* No hard links here (EPERM on FAT, EMLINK, ENOTSUP...): copy the
         * bytes we already read and checked. */
        if (!sav_write_synced(bak_tmp, f->bytes, f->len, why)) return false;
    }
    if (rename(bak_tmp, bak) != 0) {
        sav_fail(why, "replace", bak, errno);
        unlink(bak_tmp);
        return false;
    }
    return true;
}

/* Whether the guard forbids overwriting what is on disk; why says what was found. */
static bool sav_conflict(const sav_guard *g, uint64_t generation, const char *path,
                         const sav_file *main_file, const sav_file *bak, sav_failure *why)
{
    if (!g->guarded) {
        if (main_file->status != SAV_FILE_GOOD ||
            sav_generation_newer(generation, main_file->progress->generation))
            return false;
        why->kind = SAV_FAIL_CONFLICT;
        sav_set(why->detail, sizeof why->detail,
                "Not saved: %s is newer (generation %" PRIu64 ") than this game's progress "
                "(generation %" PRIu64 "). Is SkillQuest running twice?",
                path, main_file->progress->generation, generation);
        return true;
    }
    const sav_file *files[2] = {main_file, bak};
    for (int i = 0; i < 2; i++) {
        const sav_file *f = files[i];
        if (f->status != SAV_FILE_GOOD) continue;
        uint64_t found = f->progress->generation;
        if (g->has_base && !sav_generation_newer(found, g->base)) continue;
        why->kind = SAV_FAIL_CONFLICT;
        if (g->has_base)
            sav_set(why->detail, sizeof why->detail,
                    "Not saved: %s%s holds generation %" PRIu64 ", newer than the %" PRIu64
                    " this game loaded or last saved: another copy of SkillQuest saved there. "
                    "This game saves no more, so as not to overwrite it.",
                    path, i ? ".bak" : "", found, g->base);
        else
            sav_set(why->detail, sizeof why->detail,
                    "Not saved: %s%s appeared (generation %" PRIu64 ") after this game "
                    "started with no save: another copy of SkillQuest saved there. This game "
                    "saves no more, so as not to overwrite it.",
                    path, i ? ".bak" : "", found);
        return true;
    }
    if (main_file->status == SAV_FILE_FUTURE && !g->future_seen) {
        why->kind = SAV_FAIL_CONFLICT;
        sav_set(why->detail, sizeof why->detail,
                "Not saved: a newer version of SkillQuest saved %s while this one was running. "
                "This game saves no more, so as not to set it aside.",
                path);
        return true;
    }
    return false;
}

sav_save_result sav_write_progress(const char *dir, const sav_progress *p, uint64_t generation,
                                   const sav_guard *guard, sav_failure *why)
{
    memset(why, 0, sizeof *why);
    char path[SAV_PATH_MAX], bak_path[SAV_PATH_MAX], tmp[SAV_PATH_MAX];
    if (!dir || !p || !*dir || !sav_path(path, dir, SAV_NAME) ||
        !sav_path(bak_path, dir, SAV_BAK_NAME) || !sav_path(tmp, dir, SAV_TMP_NAME)) {
        sav_fail_other(why, "Could not save your progress: no folder, or its path is too long");
        return SAV_FAILED;
    }
    size_t cap = SAV_MAX_FILE_BYTES;
    char *text = malloc(cap);
    sav_progress *copy = malloc(sizeof *copy);
    sav_file main_file = {0}, bak = {0};
    sav_save_result result = SAV_FAILED;
    char err[256];
    if (!text || !copy) {
        sav_fail_other(why, "Could not save your progress: out of memory");
        why->errnum = ENOMEM;
        goto done;
    }
    *copy = *p;
    copy->generation = generation;
    size_t len = sav_format(copy, (int64_t)time(NULL), text, cap, err, sizeof err);
    if (len == 0) {
        sav_fail_other(why, "Could not save your progress: %s", err);
        goto done;
    }
    /* What we wrote must read back as itself: the writer and reader agree. */
    if (sav_parse(text, len, copy, err, sizeof err) != SAV_FILE_GOOD) {
        sav_fail_other(why, "Could not save your progress: internal error: %s", err);
        goto done;
    }
    if (!sav_make_dir(dir, why)) goto done;

    sav_examine(path, &main_file);
    sav_examine(bak_path, &bak);
    if (sav_conflict(guard, generation, path, &main_file, &bak, why)) {
        result = SAV_CONFLICT;
        goto done;
    }
    if ((main_file.status == SAV_FILE_UNREADABLE && !main_file.movable) ||
        (bak.status == SAV_FILE_UNREADABLE && !bak.movable)) {
        bool m = main_file.status == SAV_FILE_UNREADABLE && !main_file.movable;
        sav_fail_other(why, "Could not save your progress: cannot check %s: %s",
                       m ? path : bak_path, m ? main_file.why : bak.why);
        goto done;
    }

    /* 1. The new save, complete and on disk, under a name nobody reads. */
    if (!sav_write_synced(tmp, text, len, why)) goto done;
    /* 2. An unreadable backup is kept aside, never replaced. */
    if (bak.status != SAV_FILE_GOOD && bak.status != SAV_FILE_MISSING &&
        !sav_move_aside(dir, SAV_BAK_NAME, bak.status == SAV_FILE_FUTURE ? "newer" : "broken",
                        why))
        goto fail_tmp;
    /* 3. The current good save becomes the backup (progress.sav stays), or
     *    an unreadable progress.sav is kept aside. */
    if (main_file.status == SAV_FILE_GOOD) {
        if (!sav_make_backup(dir, &main_file, why)) goto fail_tmp;
    } else if (main_file.status != SAV_FILE_MISSING &&
               !sav_move_aside(dir, SAV_NAME,
                               main_file.status == SAV_FILE_FUTURE ? "newer" : "broken", why)) {
        goto fail_tmp;
    }
    /* 4. Publish. */
    if (rename(tmp, path) != 0) {
        sav_fail(why, "replace", path, errno);
        goto fail_tmp;
    }
    /* 5. Make the renames durable before acknowledging. */
    if (sav_sync_dir(dir, why)) result = SAV_SAVED;
    goto done;

fail_tmp:
    unlink(tmp);
done:
    sav_file_free(&main_file);
    sav_file_free(&bak);
    free(copy);
    free(text);
    return result;
}

bool sav_store(const char *dir, const sav_progress *p, char *err, size_t err_size)
{
    sav_failure why;
    sav_guard legacy = {0};
    sav_save_result r = sav_write_progress(dir, p, p ? p->generation : 0, &legacy, &why);
    sav_set(err, err_size, "%s", r == SAV_SAVED ? "" : why.detail);
    return r == SAV_SAVED;
}
