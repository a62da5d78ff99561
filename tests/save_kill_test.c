/* save_kill_test: crash safety of sav_save. A child opens the folder as the
 * game does (sav_open: its lock, then the load) and saves in a loop, each save
 * one generation newer, and after sav_save returns SAV_SAVED writes that
 * generation down a pipe: the acknowledgement. The parent SIGKILLs it after a
 * random (seeded) delay, then checks what is on disk:
 *
 *   - progress.sav loads as SAV_OK (not even "restored from backup"), once
 *     anything has been acknowledged;
 *   - its generation is >= the last acknowledged one (and <= that + 1);
 *   - its content is exactly the progress of that generation (no mix of two);
 *   - progress.sav.bak, when present, is intact and not newer (it is the same
 *     save when the kill fell between making the backup and publishing);
 *   - nothing was ever moved aside as broken;
 *   - the next child can take the folder's lock (a killed holder never
 *     leaves it locked).
 *
 * The next child starts from what the previous one left. Usage:
 *   save_kill_test [ITERATIONS [SEED [DIR]]]   (default 300 1, a fresh /tmp dir)
 * Exit 0 when every check held, 1 otherwise. */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700 /* mkdtemp, nftw */
#endif

#include "save.h"

#include <dirent.h>
#include <errno.h>
#include <ftw.h>
#include <inttypes.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static uint64_t rng_state_;

static uint32_t next_random(void)
{
    /* splitmix64: a seeded, portable sequence, independent of the engine's rng */
    uint64_t z = (rng_state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return (uint32_t)((z ^ (z >> 31)) >> 32);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The progress of a generation, so the parent can check content, not just a
 * number. Its size varies with the generation, so a mix-up would show. */
static void progress_for(sav_progress *p, uint64_t generation)
{
    sav_defaults(p);
    p->generation = generation;
    p->xp = (uint32_t)(generation * 7 % SAV_COUNT_MAX);
    p->rank = (int)(generation % (SAV_RANK_MAX + 1));
    p->skill_count = (int)(generation % 60);
    for (int i = 0; i < p->skill_count; i++) {
        sav_skill *k = &p->skills[i];
        snprintf(k->id, sizeof k->id, "skill%d", i);
        k->held = true;
        k->box = (int)((generation + (uint64_t)i) % (SAV_BOX_MAX + 1));
        k->due_day = (int32_t)(generation % SAV_DAY_MAX);
        k->last_day = i;
        k->right = (uint32_t)(generation % 1000);
    }
    p->level_count = (int)(generation % 5);
    for (int i = 0; i < p->level_count; i++) {
        snprintf(p->levels[i].id, sizeof p->levels[i].id, "office.level%d", i);
        p->levels[i].state = SAV_LEVEL_COMPLETED;
        p->levels[i].best_score = (int)(generation % 101);
    }
}

static bool same_as_generation(const sav_progress *p)
{
    sav_progress want;
    progress_for(&want, p->generation);
    if (p->xp != want.xp || p->rank != want.rank || p->skill_count != want.skill_count ||
        p->level_count != want.level_count)
        return false;
    for (int i = 0; i < p->skill_count; i++)
        if (strcmp(p->skills[i].id, want.skills[i].id) != 0 ||
            p->skills[i].box != want.skills[i].box ||
            p->skills[i].due_day != want.skills[i].due_day ||
            p->skills[i].right != want.skills[i].right)
            return false;
    for (int i = 0; i < p->level_count; i++)
        if (p->levels[i].best_score != want.levels[i].best_score) return false;
    return true;
}

static _Noreturn void child(const char *dir, int ack_fd)
{
    static sav_progress p;
    sav_report r;
    /* The game's way in: the folder's lock, then the load. The previous child
     * was SIGKILLed holding the lock: the kernel must have released it. */
    sav_folder *f = sav_open(dir, &p, &r);
    if (!f || !sav_writable(f)) {
        fprintf(stderr, "child: the folder is locked after a kill: %s\n", r.detail);
        _exit(5);
    }
    if (r.code != SAV_OK && r.code != SAV_FRESH_START) {
        fprintf(stderr, "child: load: %s\n", r.detail);
        _exit(2);
    }
    for (uint64_t g = sav_generation_next(p.generation);; g = sav_generation_next(g)) {
        progress_for(&p, g); /* sav_save writes generation g: the one after what it loaded */
        sav_failure why;
        if (sav_save(f, &p, 0.0, &why) != SAV_SAVED) {
            fprintf(stderr, "child: store %" PRIu64 ": %s\n", g, why.detail);
            _exit(3);
        }
        if (write(ack_fd, &g, sizeof g) != (ssize_t)sizeof g) _exit(4); /* atomic: < PIPE_BUF */
    }
}

static bool file_exists(const char *dir, const char *name)
{
    char path[4200];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return lstat(path, &st) == 0;
}

static int count_broken(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    if (!d) return -1;
    while ((e = readdir(d)))
        if (strstr(e->d_name, ".broken-") || strstr(e->d_name, ".newer-")) n++;
    closedir(d);
    return n;
}

static bool backup_ok(const char *dir, uint64_t main_generation, char *why, size_t size)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/progress.sav.bak", dir);
    FILE *fp = fopen(path, "rb");
    if (!fp) return errno == ENOENT;
    static char buf[SAV_MAX_FILE_BYTES + 1];
    size_t n = fread(buf, 1, sizeof buf, fp);
    fclose(fp);
    static sav_progress b;
    char err[256];
    if (sav_parse(buf, n, &b, err, sizeof err) != SAV_FILE_GOOD) {
        snprintf(why, size, "backup unreadable: %s", err);
        return false;
    }
    if (b.generation > main_generation || !same_as_generation(&b)) {
        snprintf(why, size, "backup generation %" PRIu64 " vs save %" PRIu64, b.generation,
                 main_generation);
        return false;
    }
    return true;
}

static uint64_t backup_generation(const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/progress.sav.bak", dir);
    FILE *fp = fopen(path, "rb");
    if (!fp) return 0;
    static char buf[SAV_MAX_FILE_BYTES + 1];
    size_t n = fread(buf, 1, sizeof buf, fp);
    fclose(fp);
    static sav_progress b;
    return sav_parse(buf, n, &b, NULL, 0) == SAV_FILE_GOOD ? b.generation : 0;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)flag;
    (void)ftw;
    return remove(path);
}

int main(int argc, char **argv)
{
    int iterations = argc > 1 ? atoi(argv[1]) : 300;
    uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
    char dir[4096];
    bool own_dir = argc <= 3;
    if (own_dir) {
        snprintf(dir, sizeof dir, "/tmp/sq-save-kill-XXXXXX");
        if (!mkdtemp(dir)) {
            perror("mkdtemp");
            return 1;
        }
    } else {
        snprintf(dir, sizeof dir, "%s", argv[3]);
    }
    rng_state_ = seed;
    double start = now_seconds();
    uint64_t acked = 0, acks = 0;
    int at_acked = 0, one_ahead = 0, stray_tmp = 0, stray_bak_tmp = 0, bak_same = 0;
    int failures = 0;

    for (int it = 0; it < iterations && failures == 0; it++) {
        int fds[2];
        if (pipe(fds) != 0) {
            perror("pipe");
            return 1;
        }
        fflush(NULL);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            close(fds[0]);
            child(dir, fds[1]);
        }
        close(fds[1]);

        /* Mostly short delays (a save takes a few milliseconds), some longer. */
        uint32_t pick = next_random() % 100;
        long ns = pick < 30   ? (long)(next_random() % 2000000)
                  : pick < 85 ? (long)(next_random() % 20000000)
                              : (long)(next_random() % 60000000);
        struct timespec delay = {0, ns};
        nanosleep(&delay, NULL);
        kill(pid, SIGKILL);
        int status;
        waitpid(pid, &status, 0);

        uint64_t g, prev = acked;
        ssize_t n;
        while ((n = read(fds[0], &g, sizeof g)) == (ssize_t)sizeof g) {
            if (g <= prev) {
                fprintf(stderr, "iteration %d: acknowledgements out of order\n", it);
                failures++;
            }
            prev = g;
            acked = g;
            acks++;
        }
        close(fds[0]);
        if (!WIFSIGNALED(status) || WTERMSIG(status) != SIGKILL) {
            fprintf(stderr, "iteration %d: the child ended by itself (status %d)\n", it, status);
            failures++;
            break;
        }

        stray_tmp += file_exists(dir, "progress.sav.tmp");
        stray_bak_tmp += file_exists(dir, "progress.sav.bak.tmp");
        static sav_progress p;
        sav_report r;
        sav_load(dir, &p, &r);
        char why[1200] = "";
        if (acked == 0 && r.code == SAV_FRESH_START) continue; /* killed before any save */
        if (r.code != SAV_OK) {
            snprintf(why, sizeof why, "load code %d: %s", r.code, r.detail);
        } else if (p.generation < acked) {
            snprintf(why, sizeof why, "generation %" PRIu64 " is older than acknowledged %" PRIu64,
                     p.generation, acked);
        } else if (p.generation > acked + 1) {
            snprintf(why, sizeof why, "generation %" PRIu64 " is newer than ever attempted",
                     p.generation);
        } else if (!same_as_generation(&p)) {
            snprintf(why, sizeof why, "content of generation %" PRIu64 " is wrong", p.generation);
        } else if (!backup_ok(dir, p.generation, why, sizeof why)) {
            /* why set */
        } else if (count_broken(dir) != 0) {
            snprintf(why, sizeof why, "a file was moved aside as broken");
        }
        if (why[0]) {
            fprintf(stderr, "iteration %d (killed after %.3f ms): %s\n", it, ns / 1e6, why);
            failures++;
            break;
        }
        bak_same += backup_generation(dir) == p.generation;
        if (p.generation == acked) at_acked++;
        else one_ahead++;
        /* What is on disk is what the next child continues from: acknowledged. */
        acked = p.generation;
    }

    double secs = now_seconds() - start;
    printf("save_kill_test: %d kills (seed %" PRIu64 "), %" PRIu64
           " saves acknowledged, last generation %" PRIu64 "; on disk after a kill: "
           "== acknowledged %d, acknowledged + 1 %d; backup == save %d; stray .tmp %d, "
           "stray .bak.tmp %d; "
           "%.1f s: %s\n",
           iterations, seed, acks, acked, at_acked, one_ahead, bak_same, stray_tmp, stray_bak_tmp, secs,
           failures ? "FAILED" : "ok");
    if (own_dir && !failures) nftw(dir, remove_entry, 8, FTW_DEPTH | FTW_PHYS);
    else if (failures) fprintf(stderr, "save_kill_test: files kept in %s\n", dir);
    return failures ? 1 : 0;
}
