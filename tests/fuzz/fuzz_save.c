/* fuzz_save: libFuzzer target over the save's text format (src/save/save_format.c):
 * sav_parse on untrusted bytes, and sav_format on whatever it accepts.
 *
 * Input layout (tests/fuzz/make_save_corpus.py writes seeds in it):
 *   byte 0    mode: bit 0 the rest is a body: the target appends the
 *             "end XXXXXXXX" line with its correct CRC-32, so mutations reach
 *             the line parser instead of dying at the checksum (without it the
 *             rest is the whole file, frame and all); bit 1 an 8-byte message
 *             buffer instead of 256
 *   rest      the file (or body)
 *
 * The file is copied into a buffer of exactly its length, so ASan catches a
 * read past it. Checked on every input:
 *   - the message is always terminated, and says why when the file is refused;
 *   - the status is GOOD, DAMAGED or FUTURE (FUTURE: a version above ours);
 *   - a GOOD progress is within the documented ranges;
 *   - print (sav_format) accepts every GOOD progress, the text reads back as
 *     the same progress, and printing that again gives the same bytes: the
 *     writer and the reader agree on everything the reader lets through. */
#include "save.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_ranges(const sav_progress *p)
{
    if (p->generation > SAV_GENERATION_MAX || p->xp > SAV_COUNT_MAX || p->rank < 0 ||
        p->rank > SAV_RANK_MAX || p->skill_count < 0 || p->skill_count > SAV_MAX_SKILLS ||
        p->level_count < 0 || p->level_count > SAV_MAX_LEVELS)
        abort();
    for (int i = 0; i < p->skill_count; i++) {
        const sav_skill *k = &p->skills[i];
        if (!k->id[0] || k->box < 0 || k->box > SAV_BOX_MAX || k->due_day < 0 ||
            k->due_day > SAV_DAY_MAX || k->last_day < -1 || k->last_day > SAV_DAY_MAX ||
            k->right > SAV_COUNT_MAX || k->wrong > SAV_COUNT_MAX)
            abort();
    }
    for (int i = 0; i < p->level_count; i++)
        if (p->levels[i].best_score < 0 || p->levels[i].best_score > 100) abort();
    const sav_settings *s = &p->settings;
    if (s->key_count < 0 || s->key_count > SAV_MAX_BINDINGS || s->pad_count < 0 ||
        s->pad_count > SAV_MAX_BINDINGS || s->master_volume < 0 || s->master_volume > 100 ||
        (int)s->text_size < 0 || (int)s->text_size > SAV_TEXT_LARGE)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    unsigned mode = data[0];
    const uint8_t *rest = data + 1;
    size_t len = size - 1;
    char *file;
    if (mode & 1) {
        file = malloc(len + 14);
        if (!file) abort();
        if (len) memcpy(file, rest, len);
        unsigned long crc = crc32(0L, (const Bytef *)file, (uInt)len);
        char end[16];
        snprintf(end, sizeof end, "end %08lx\n", crc);
        memcpy(file + len, end, 13);
        len += 13;
    } else {
        file = malloc(len ? len : 1);
        if (!file) abort();
        if (len) memcpy(file, rest, len);
    }
    size_t err_size = (mode & 2) ? 8 : 256;
    char *err = malloc(err_size);
    static sav_progress p, q;
    if (!err) abort();
    memset(err, 'x', err_size);

    sav_file_status st = sav_parse(file, len, &p, err, err_size);
    if (memchr(err, '\0', err_size) == NULL) abort();
    if (st != SAV_FILE_GOOD && err[0] == '\0') abort();
    if (st != SAV_FILE_GOOD && st != SAV_FILE_DAMAGED && st != SAV_FILE_FUTURE) abort();
    if (st == SAV_FILE_FUTURE && p.version <= SAV_FORMAT_VERSION) abort();

    if (st == SAV_FILE_GOOD) {
        check_ranges(&p);
        static char out[SAV_MAX_FILE_BYTES], again[SAV_MAX_FILE_BYTES];
        char why[256];
        size_t n = sav_format(&p, p.saved_at, out, sizeof out, why, sizeof why);
        if (n == 0) {
            fprintf(stderr, "fuzz_save: a parsed save does not print: %s\n", why);
            abort();
        }
        if (sav_parse(out, n, &q, why, sizeof why) != SAV_FILE_GOOD) {
            fprintf(stderr, "fuzz_save: a printed save does not parse: %s\n", why);
            abort();
        }
        /* The same progress: only the format version may differ (1 is read,
         * 2 is written). Both were parsed onto the same defaults, so the
         * structs match byte for byte. */
        q.version = p.version;
        if (memcmp(&p, &q, sizeof p) != 0) abort();
        size_t m = sav_format(&q, q.saved_at, again, sizeof again, why, sizeof why);
        if (m != n || memcmp(out, again, n) != 0) abort();
    }
    free(err);
    free(file);
    return 0;
}
