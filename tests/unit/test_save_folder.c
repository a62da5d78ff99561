/* The data folder as the game holds it (sav_open, sav_save): the lock between
 * two copies of the game, the conflict guard where locks do not hold, the
 * back-off after a failed save, the generation's wrap, and the fsync of every
 * directory a first save creates.
 *
 * Two copies of the game are two real processes (fork): flock() locks belong
 * to open files, and the kernel releases them when a process ends.
 *
 * fsync is wrapped at link time (-Wl,--wrap=fsync, tests/CMakeLists.txt): every
 * call from the save module lands in __wrap_fsync below, which records the
 * path synced and can fail one call, as a failing disk would. */
#include "save_test_util.h"

#include <limits.h>
#include <math.h>

/* ---- the fsync hook ---- */

int __real_fsync(int fd);
int __wrap_fsync(int fd);

#define SYNC_LOG_MAX 256
static char sync_log[SYNC_LOG_MAX][PATH_MAX];
static int sync_count;
static int sync_fail_at = -1; /* fail this call (0-based), -1: none */

int __wrap_fsync(int fd)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    int i = sync_count++;
    if (i < SYNC_LOG_MAX) {
        ssize_t n = readlink(link, sync_log[i], PATH_MAX - 1);
        sync_log[i][n > 0 ? n : 0] = '\0';
    }
    if (i == sync_fail_at) {
        errno = EIO;
        return -1;
    }
    return __real_fsync(fd);
}

static void sync_reset(int fail_at)
{
    sync_count = 0;
    sync_fail_at = fail_at;
}

static bool synced(const char *path)
{
    for (int i = 0; i < sync_count && i < SYNC_LOG_MAX; i++)
        if (strcmp(sync_log[i], path) == 0) return true;
    return false;
}

/* ---- helpers ---- */

static sav_folder *open_ok(const char *dir, sav_progress *p, sav_report *r)
{
    sav_folder *f = sav_open(dir, p, r);
    assert_non_null(f);
    return f;
}

static uint64_t generation_of(const char *dir, const char *name)
{
    size_t n;
    char *bytes = read_named(dir, name, &n);
    sav_progress q;
    sav_file_status st = sav_parse(bytes, n, &q, NULL, 0);
    free(bytes);
    assert_int_equal(st, SAV_FILE_GOOD);
    return q.generation;
}

static uint32_t xp_on_disk(const char *dir)
{
    sav_progress q;
    sav_report r;
    assert_true(sav_load(dir, &q, &r));
    assert_int_equal(r.code, SAV_OK);
    return q.xp;
}

/* A pipe both ends of a fork use: one byte a message. */
static void say(int fd, char c)
{
    assert_int_equal(write(fd, &c, 1), 1);
}

static char hear(int fd)
{
    char c = 0;
    return read(fd, &c, 1) == 1 ? c : 0;
}

/* In a forked child: keep only its own pipe ends, so it sees the parent go
 * (EOF), and end within a minute whatever happens, so a failed check in the
 * parent never leaves a child holding ctest's output open. */
static void child_guard(int parent_reads, int parent_writes)
{
    close(parent_reads);
    close(parent_writes);
    alarm(60);
}

/* ---- the lock ---- */

/* A child holds the lock until told to go; meanwhile the parent (a second
 * copy) cannot take it and learns who holds it; after the child is killed
 * (not a clean exit) the lock is free again. */
static void the_lock_keeps_a_second_process_out(void **state)
{
    fixture *f = *state;
    int up[2], down[2];
    assert_int_equal(pipe(up), 0);
    assert_int_equal(pipe(down), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) {
        child_guard(up[0], down[1]);
        sav_failure why;
        sav_lock *lock = sav_lock_acquire(f->dir, &why);
        char c = lock ? 'L' : 'x';
        if (write(up[1], &c, 1) != 1) _exit(2);
        hear(down[0]); /* until killed */
        _exit(0);
    }
    assert_int_equal(hear(up[0]), 'L');
    sav_failure why;
    assert_null(sav_lock_acquire(f->dir, &why));
    assert_int_equal(why.kind, SAV_FAIL_OTHER_COPY);
    char pid_text[32];
    snprintf(pid_text, sizeof pid_text, "process %ld", (long)pid);
    assert_non_null(strstr(why.detail, pid_text));
    kill(pid, SIGKILL); /* not a clean exit: the kernel still lets go */
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    sav_lock *mine = sav_lock_acquire(f->dir, &why);
    assert_non_null(mine);
    assert_int_equal(why.kind, SAV_FAIL_NONE);
    /* In one process too, a second hold of the same folder is refused. */
    sav_failure again;
    assert_null(sav_lock_acquire(f->dir, &again));
    assert_int_equal(again.kind, SAV_FAIL_OTHER_COPY);
    sav_lock_release(mine);
    mine = sav_lock_acquire(f->dir, &why);
    assert_non_null(mine);
    sav_lock_release(mine);
    sav_lock_release(NULL);
    assert_true(exists(f->dir, "progress.lock")); /* never deleted */
    close(up[0]);
    close(up[1]);
    close(down[0]);
    close(down[1]);
}

/* The case, with the real API: copy A plays and saves; copy B starts
 * while A runs, is told, plays without saving however often it asks, and
 * still never writes after A has quit: it never overwrites what it did not
 * load. */
static void a_second_copy_plays_without_saving(void **state)
{
    fixture *f = *state;
    sav_progress first, second;
    two_saves(f->dir, &first, &second);
    int up[2], down[2];
    assert_int_equal(pipe(up), 0);
    assert_int_equal(pipe(down), 0);
    fflush(NULL);
    pid_t pid = fork();
    assert_true(pid >= 0);
    if (pid == 0) { /* copy A */
        child_guard(up[0], down[1]);
        static sav_progress p;
        sav_report r;
        sav_folder *a = sav_open(f->dir, &p, &r);
        if (!a || !sav_writable(a) || r.read_only) _exit(2);
        p.xp = 5000;
        if (sav_save(a, &p, 0.0, NULL) != SAV_SAVED) _exit(3);
        if (write(up[1], "S", 1) != 1) _exit(6); /* no cmocka in a child */
        if (hear(down[0]) != 'Q') _exit(4);
        p.xp = 6000;
        if (sav_save(a, &p, HUGE_VAL, NULL) != SAV_SAVED) _exit(5); /* on quit */
        sav_close(a);
        _exit(0);
    }
    assert_int_equal(hear(up[0]), 'S');

    /* Copy B. */
    sav_progress b;
    sav_report r;
    sav_folder *fb = open_ok(f->dir, &b, &r);
    assert_true(r.read_only);
    assert_false(sav_writable(fb));
    assert_int_equal(r.code, SAV_OK);
    assert_int_equal(b.xp, 5000); /* it plays with what A saved */
    assert_non_null(strstr(r.message, "Another copy of SkillQuest is using this save folder"));
    assert_non_null(strstr(r.detail, "holds"));
    char *before = snapshot(f->dir);
    b.xp = 99999;
    for (int tick = 0; tick < 3600; tick++) { /* a minute of ticks, asking every time */
        sav_failure why;
        sav_save_result res = sav_save(fb, &b, tick / 60.0, &why);
        assert_int_equal(res, SAV_READ_ONLY);
        assert_int_equal(why.kind, SAV_FAIL_OTHER_COPY);
        assert_false(why.first); /* the report told the player, once */
    }
    sav_failure why;
    char name[SAV_COPY_NAME_MAX];
    assert_int_equal(sav_keep_copy(fb, &b, 19884, name, sizeof name, &why), SAV_READ_ONLY);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    free(after);

    /* A quits, saving once more. B still never writes. */
    say(down[1], 'Q');
    int status;
    assert_int_equal(waitpid(pid, &status, 0), pid);
    assert_true(WIFEXITED(status));
    assert_int_equal(WEXITSTATUS(status), 0);
    assert_int_equal(xp_on_disk(f->dir), 6000);
    free(before);
    before = snapshot(f->dir);
    assert_int_equal(sav_save(fb, &b, HUGE_VAL, &why), SAV_READ_ONLY);
    after = snapshot(f->dir);
    assert_string_equal(before, after);
    assert_int_equal(xp_on_disk(f->dir), 6000);
    assert_int_equal(generation_of(f->dir, "progress.sav.bak"), 3); /* A's first save */
    sav_close(fb);
    /* A third copy, now alone, saves. */
    sav_folder *fc = open_ok(f->dir, &b, &r);
    assert_false(r.read_only);
    assert_int_equal(sav_save(fc, &b, 0.0, &why), SAV_SAVED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 5);
    sav_close(fc);
    free(before);
    free(after);
    close(up[0]);
    close(up[1]);
    close(down[0]);
    close(down[1]);
}

/* ---- the conflict guard, where no lock protects ---- */

static int old_copy_saves_generation_3(const char *dir)
{
    /* A SkillQuest without the lock (or a folder where flock does not hold):
     * the unguarded store, as the game used it before. */
    sav_progress p;
    sav_report r;
    if (!sav_load(dir, &p, &r)) return 10;
    p.generation = 3;
    p.xp = 7777;
    char err[512];
    return sav_store(dir, &p, err, sizeof err) ? 0 : 11;
}

/* The bug this replaces: a refused save was retried every tick with a higher
 * generation until it overwrote the other copy's save, then its backup. */
static void a_save_another_process_made_is_never_overwritten(void **state)
{
    fixture *f = *state;
    sav_progress first, second, p;
    two_saves(f->dir, &first, &second);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    assert_true(sav_writable(fo));
    assert_int_equal(p.generation, 2);
    assert_int_equal(in_child(old_copy_saves_generation_3, f->dir, false, 0), 0);
    char *before = snapshot(f->dir);
    sav_failure why;
    p.xp = 1;
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_CONFLICT);
    assert_int_equal(why.kind, SAV_FAIL_CONFLICT);
    assert_true(why.first);
    assert_non_null(strstr(why.detail, "generation 3"));
    assert_false(sav_writable(fo));
    /* However long and however hard it tries: nothing changes. */
    for (int tick = 1; tick < 20000; tick++) {
        p.generation = (uint64_t)tick * 1000; /* what a caller sets is not used */
        assert_int_equal(sav_save(fo, &p, tick * 10.0, &why), SAV_CONFLICT);
        assert_false(why.first);
    }
    char name[SAV_COPY_NAME_MAX];
    assert_int_equal(sav_keep_copy(fo, &p, 19884, name, sizeof name, &why), SAV_CONFLICT);
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    assert_int_equal(xp_on_disk(f->dir), 7777);
    assert_int_equal(generation_of(f->dir, "progress.sav.bak"), 2);
    sav_close(fo);
    free(before);
    free(after);
}

/* Started with no save, then one appeared: it is another copy's. */
static void a_save_that_appears_after_a_fresh_start_is_kept(void **state)
{
    fixture *f = *state;
    sav_progress p, other;
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    assert_int_equal(r.code, SAV_FRESH_START);
    sample_progress(&other, 1);
    store_ok(f->dir, &other);
    char *before = snapshot(f->dir);
    sav_failure why;
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_CONFLICT);
    assert_non_null(strstr(why.detail, "started with no save"));
    char *after = snapshot(f->dir);
    assert_string_equal(before, after);
    sav_close(fo);
    free(before);
    free(after);
}

/* A save by a newer SkillQuest found at start is set aside by the first save
 * (the player was told); one that appears later is another copy's. */
static void a_newer_versions_save_is_set_aside_only_when_seen_at_load(void **state)
{
    fixture *f = *state;
    sav_progress first, second, p;
    two_saves(f->dir, &first, &second);
    char body[256], file[512];
    snprintf(body, sizeof body, "skillquest-save 9\ngeneration 3\nfuture-thing 1\n");
    size_t n = with_end_line(body, file, sizeof file);
    /* Appears while this copy runs: conflict, left alone. */
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    assert_int_equal(r.code, SAV_OK);
    write_named(f->dir, "progress.sav", file, n);
    sav_failure why;
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_CONFLICT);
    assert_int_equal(find_prefixed(f->dir, "progress.sav.newer-", NULL, 0), 0);
    sav_close(fo);
    /* There at start: the load restores the backup, and the first save keeps
     * the newer file aside. */
    fo = open_ok(f->dir, &p, &r);
    assert_int_equal(r.code, SAV_RESTORED_BACKUP);
    assert_int_equal(r.save_status, SAV_FILE_FUTURE);
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_SAVED);
    assert_int_equal(find_prefixed(f->dir, "progress.sav.newer-", NULL, 0), 1);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 2); /* after the backup's 1 */
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_SAVED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 3);
    sav_close(fo);
}

/* ---- the back-off ---- */

static void a_failing_save_backs_off(void **state)
{
    fixture *f = *state;
    sav_progress first, second, p;
    two_saves(f->dir, &first, &second);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    char tmp[512];
    path_in(tmp, sizeof tmp, f->dir, "progress.sav.tmp");
    assert_int_equal(mkdir(tmp, 0700), 0); /* in the way of every save */
    sav_failure why;
    assert_int_equal(sav_save(fo, &p, 100.0, &why), SAV_FAILED);
    assert_true(why.first);
    assert_int_equal(why.kind, SAV_FAIL_OTHER);
    assert_int_equal(why.errnum, EISDIR);
    double d1 = sav_retry_delay(1), d2 = sav_retry_delay(2);
    assert_int_equal(sav_save(fo, &p, 100.0 + d1 / 2, &why), SAV_DEFERRED);
    assert_false(why.first);
    assert_int_equal(why.kind, SAV_FAIL_OTHER); /* the failure that stands */
    assert_int_equal(sav_save(fo, &p, 100.0 + d1, &why), SAV_FAILED);
    assert_false(why.first); /* the same reason: not news */
    double next = 100.0 + d1 + d2;
    /* Fixed, but the back-off has not run out: not even tried. */
    assert_int_equal(rmdir(tmp), 0);
    assert_int_equal(sav_save(fo, &p, next - 0.01, &why), SAV_DEFERRED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 2);
    assert_int_equal(sav_save(fo, &p, next, &why), SAV_SAVED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 3); /* no generation was used up */
    /* A success clears it: the next failure is tried at once, and is news. */
    assert_int_equal(mkdir(tmp, 0700), 0);
    assert_int_equal(sav_save(fo, &p, next, &why), SAV_FAILED);
    assert_true(why.first);
    assert_int_equal(rmdir(tmp), 0);
    /* On quit, HUGE_VAL tries regardless. */
    assert_int_equal(sav_save(fo, &p, HUGE_VAL, &why), SAV_SAVED);
    sav_close(fo);
}

static int child_reports_the_failure(const char *dir)
{
    static sav_progress p;
    sav_report r;
    sav_folder *fo = sav_open(dir, &p, &r);
    if (!fo) return 10;
    p.xp = 42;
    sav_failure why;
    sav_save_result res = sav_save(fo, &p, 0.0, &why);
    sav_close(fo);
    if (res != SAV_FAILED || !why.first) return 11;
    fprintf(stderr, "    (expected) %s\n    -> %s\n", why.detail, sav_failure_message(why.kind));
    return 20 + (int)why.kind;
}

/* Real failures, classified: a folder this user may not write, a full disk. */
static void real_failures_are_classified(void **state)
{
    fixture *f = *state;
    sav_progress first, second;
    two_saves(f->dir, &first, &second);
    /* The lock file exists (made by root here): the child can lock it read-only. */
    sav_failure why;
    sav_lock *lock = sav_lock_acquire(f->dir, &why);
    assert_non_null(lock);
    sav_lock_release(lock);
    assert_int_equal(chmod(f->dir, 0555), 0);
    int code = in_child(child_reports_the_failure, f->dir, true, 0);
    assert_int_equal(chmod(f->dir, 0700), 0);
    if (code >= 0) assert_int_equal(code, 20 + SAV_FAIL_PERMISSION);
    assert_int_equal(in_child(child_reports_the_failure, f->dir, false, 200),
                     20 + SAV_FAIL_DISK_FULL);
    assert_int_equal(xp_on_disk(f->dir), second.xp);
}

/* ---- the wrap ---- */

static int other_saves_generation_1(const char *dir)
{
    sav_progress p;
    sav_report r;
    if (!sav_load(dir, &p, &r)) return 10;
    p.generation = 1;
    char err[512];
    return sav_store(dir, &p, err, sizeof err) ? 0 : 11;
}

static void the_folder_saves_across_the_wrap(void **state)
{
    fixture *f = *state;
    sav_progress p;
    sample_progress(&p, 1);
    p.generation = SAV_GENERATION_MAX - 1;
    store_ok(f->dir, &p);
    sav_report r;
    sav_folder *fo = open_ok(f->dir, &p, &r);
    sav_failure why;
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_SAVED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), SAV_GENERATION_MAX);
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_SAVED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 1);
    assert_int_equal(generation_of(f->dir, "progress.sav.bak"), SAV_GENERATION_MAX);
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_SAVED);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 2);
    sav_close(fo);
    sav_progress q;
    assert_true(sav_load(f->dir, &q, &r));
    assert_int_equal(q.generation, 2);

    /* Another copy's save just past the wrap is newer than ours at the top. */
    p.generation = SAV_GENERATION_MAX;
    char err[512];
    char path[512];
    path_in(path, sizeof path, f->dir, "progress.sav");
    assert_int_equal(unlink(path), 0);
    path_in(path, sizeof path, f->dir, "progress.sav.bak");
    assert_int_equal(unlink(path), 0);
    assert_true(sav_store(f->dir, &p, err, sizeof err));
    fo = open_ok(f->dir, &p, &r);
    assert_int_equal(in_child(other_saves_generation_1, f->dir, false, 0), 0);
    assert_int_equal(sav_save(fo, &p, 0.0, &why), SAV_CONFLICT);
    assert_int_equal(generation_of(f->dir, "progress.sav"), 1);
    sav_close(fo);
}

/* ---- a new folder survives a power cut ---- */

static void every_directory_created_is_synced(void **state)
{
    fixture *f = *state;
    char dir[512], a[512], ab[512];
    snprintf(a, sizeof a, "%s/a", f->dir);
    snprintf(ab, sizeof ab, "%s/a/b", f->dir);
    snprintf(dir, sizeof dir, "%s/a/b/c", f->dir);
    sav_progress p;
    sample_progress(&p, 1);
    sync_reset(-1);
    store_ok(dir, &p);
    /* Each new name's parent (the folder that existed, then each new level),
     * and the new leaf, which then holds the save. */
    assert_true(synced(f->dir));
    assert_true(synced(a));
    assert_true(synced(ab));
    assert_true(synced(dir));
    int clean = sync_count;
    print_message("    a first save into a/b/c: %d fsyncs\n", clean);
    /* A second save creates nothing: the parents are not synced again. */
    sync_reset(-1);
    p.generation = 2;
    store_ok(dir, &p);
    assert_false(synced(f->dir));
    assert_false(synced(a));

    /* sav_open creates the folder for its lock, and syncs it the same way. */
    char other[512];
    snprintf(other, sizeof other, "%s/x/y", f->dir);
    sync_reset(-1);
    sav_report r;
    sav_folder *fo = open_ok(other, &p, &r);
    char x[512];
    snprintf(x, sizeof x, "%s/x", f->dir);
    assert_true(synced(f->dir));
    assert_true(synced(x));
    assert_true(synced(other));
    sav_close(fo);
}

/* Each fsync of a first save, failed in turn: the save is never acknowledged,
 * what is on disk is never damaged, the directories whose sync failed are
 * gone (so the next try creates and syncs them again), and the next try
 * succeeds. */
static void a_failed_sync_is_never_acknowledged(void **state)
{
    fixture *f = *state;
    char root[256], dir[512];
    sav_progress p, q;
    sample_progress(&p, 1);
    /* How many fsyncs a clean first save makes. */
    snprintf(root, sizeof root, "%s/probe", f->dir);
    snprintf(dir, sizeof dir, "%s/a/b", root);
    sync_reset(-1);
    store_ok(dir, &p);
    int total = sync_count;
    assert_true(total >= 5); /* probe's parent, probe, a, b; the save; b again */
    for (int k = 0; k < total; k++) {
        snprintf(root, sizeof root, "%s/try%d", f->dir, k);
        snprintf(dir, sizeof dir, "%s/a/b", root);
        sync_reset(k);
        char err[512];
        assert_false(sav_store(dir, &p, err, sizeof err));
        assert_non_null(strstr(err, "Input/output error"));
        sav_report r;
        bool loaded = sav_load(dir, &q, &r);
        assert_true(r.code == SAV_FRESH_START || r.code == SAV_OK);
        if (loaded) assert_same_progress(&p, &q);
        struct stat st;
        if (k < 4) assert_int_equal(stat(root, &st), -1); /* a directory's sync failed */
        sync_reset(-1);
        q = p;
        q.generation = loaded ? 2 : 1; /* after what is there, unacknowledged or not */
        store_ok(dir, &q);
        assert_true(sav_load(dir, &q, &r));
        assert_int_equal(r.code, SAV_OK);
    }
    sync_reset(-1);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(the_lock_keeps_a_second_process_out),
        T(a_second_copy_plays_without_saving),
        T(a_save_another_process_made_is_never_overwritten),
        T(a_save_that_appears_after_a_fresh_start_is_kept),
        T(a_newer_versions_save_is_set_aside_only_when_seen_at_load),
        T(a_failing_save_backs_off),
        T(real_failures_are_classified),
        T(the_folder_saves_across_the_wrap),
        T(every_directory_created_is_synced),
        T(a_failed_sync_is_never_acknowledged),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
