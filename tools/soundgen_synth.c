/* soundgen_synth: the synthesiser behind tools/soundgen.c: band-limited
 * oscillators, envelopes, filters and echo, one voice at a time, mixed and
 * written as 16-bit mono WAV. Deterministic: the same input, the same bytes. */
#include "soundgen.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void fail(const Loc *l, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%d: ", l->file, l->line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "soundgen: out of memory\n");
        exit(1);
    }
    return q;
}

static void buf_grow(Buf *b, long n)
{
    if (n <= b->n) return;
    if (n > b->cap) {
        long c = b->cap ? b->cap : 4096;
        while (c < n)
            c *= 2;
        b->d = xrealloc(b->d, (size_t)c * sizeof(double));
        b->cap = c;
    }
    memset(b->d + b->n, 0, (size_t)(n - b->n) * sizeof(double));
    b->n = n;
}

Voice voice_default(void)
{
    Voice v;
    memset(&v, 0, sizeof v);
    v.wave = W_SQUARE;
    v.duty = 0.5;
    v.a = 0.002;
    v.d = 0.05;
    v.s = 0.7;
    v.r = 0.05;
    v.volume = 1.0;
    v.f0 = v.f1 = 440.0;
    v.len = 0.1;
    v.gate = 1.0;
    v.seed = 0x9E3779B9u;
    return v;
}

/* ---------------------------------------------------------------- synth */

static uint32_t rng_next(uint32_t *s)
{
    uint32_t x = *s;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    *s = x;
    return x;
}

static double blep(double t, double dt)
{
    if (dt > 0.5) dt = 0.5;
    if (t < dt) {
        t /= dt;
        return t + t - t * t - 1.0;
    }
    if (t > 1.0 - dt) {
        t = (t - 1.0) / dt;
        return t * t + t + t + 1.0;
    }
    return 0.0;
}

typedef struct {
    double ph;
    double hold;
    uint32_t rs;
} Osc;

static double osc_step(const Voice *v, Osc *o, double dt)
{
    double p = o->ph, w;
    switch (v->wave) {
    case W_SINE:
        w = sin(2.0 * PI * p);
        break;
    case W_TRIANGLE:
        w = p < 0.5 ? 4.0 * p - 1.0 : 3.0 - 4.0 * p;
        break;
    case W_SAW:
        w = 2.0 * p - 1.0 - blep(p, dt);
        break;
    case W_SQUARE: {
        double q = p - v->duty;
        if (q < 0.0) q += 1.0;
        w = p < v->duty ? 1.0 : -1.0;
        w += blep(p, dt) - blep(q, dt);
        w -= 2.0 * v->duty - 1.0; /* remove DC */
        break;
    }
    default: /* noise */
        if (p >= 1.0) {
            p -= floor(p);
            o->hold = (double)(rng_next(&o->rs) >> 8) / 8388608.0 - 1.0;
        }
        w = o->hold;
        o->ph = p + dt;
        return w;
    }
    p += dt;
    o->ph = p - floor(p);
    return w;
}

static double env_on(const Voice *v, double t)
{
    if (t < v->a) return t / v->a;
    if (t < v->a + v->d) {
        double x = 1.0 - (t - v->a) / v->d;
        return v->s + (1.0 - v->s) * x * x;
    }
    return v->s;
}

/* Render one gated voice starting at its pitch f0 (sliding to f1) and add it
 * into out at sample offset start. */
static void render_voice(const Voice *v, double f0, double f1, long start, Buf *out)
{
    long ngate = (long)floor(v->len * SR + 0.5);
    long nrel = (long)floor(v->r * SR + 0.5);
    long n, ntail = 0, dsamp = 0, i;
    double gate_t, eoff, *tmp;
    double lpa = 0.0, lpb = 0.0, hpz = 0.0;
    double arp_semi = 0.0, arp_k = 1.0 - exp(-1.0 / (0.0015 * SR));
    Osc o1, o2;

    if (ngate < 1) ngate = 1;
    n = ngate + nrel;
    gate_t = (double)ngate / SR;
    eoff = env_on(v, gate_t);
    if (v->echo_fb > 0.0 && v->echo_delay > 0.0) {
        int taps = (int)ceil(log(0.002) / log(v->echo_fb));
        if (taps > 64) taps = 64;
        dsamp = (long)floor(v->echo_delay * SR + 0.5);
        if (dsamp < 1) dsamp = 1;
        ntail = dsamp * taps;
    }
    tmp = xrealloc(NULL, (size_t)(n + ntail) * sizeof(double));
    memset(tmp, 0, (size_t)(n + ntail) * sizeof(double));

    o1.ph = o2.ph = v->wave == W_NOISE ? 1.0 : 0.0;
    o1.hold = o2.hold = 0.0;
    o1.rs = v->seed ? v->seed : 1u;
    o2.rs = o1.rs ^ 0x5bd1e995u;

    for (i = 0; i < n; i++) {
        double t = (double)i / SR;
        double f = f0, w, e;
        if (f1 != f0) {
            double st = v->slide > 0.0 ? v->slide : gate_t;
            double u = t / st;
            if (u > 1.0) u = 1.0;
            f = f0 * pow(f1 / f0, u);
        }
        if (v->arp_n > 0) {
            long k = (long)(t / v->arp_step);
            if (v->arp_loop)
                k %= v->arp_n;
            else if (k >= v->arp_n)
                k = v->arp_n - 1;
            /* glide ~1.5 ms between arp steps so jumps do not click */
            arp_semi += (i == 0 ? 1.0 : arp_k) * (v->arp[k] - arp_semi);
            f *= pow(2.0, arp_semi / 12.0);
        }
        if (v->vib_depth > 0.0 && t >= v->vib_delay)
            f *= pow(2.0, v->vib_depth * sin(2.0 * PI * v->vib_rate * (t - v->vib_delay)) / 12.0);
        w = osc_step(v, &o1, f / SR);
        if (v->detune != 0.0 && v->wave != W_NOISE)
            w = 0.5 * (w + osc_step(v, &o2, f * pow(2.0, v->detune / 1200.0) / SR));
        if (v->lp0 > 0.0) {
            double c = v->lp0, k;
            if (v->lp1 > 0.0 && v->lp1 != v->lp0) {
                double u = t / gate_t;
                if (u > 1.0) u = 1.0;
                c = v->lp0 * pow(v->lp1 / v->lp0, u);
            }
            if (c > SR * 0.45) c = SR * 0.45;
            k = 1.0 - exp(-2.0 * PI * c / SR);
            lpa += k * (w - lpa);
            lpb += k * (lpa - lpb);
            w = lpb;
        }
        if (v->hp > 0.0) {
            double k = 1.0 - exp(-2.0 * PI * v->hp / SR);
            hpz += k * (w - hpz);
            w -= hpz;
        }
        if (i < ngate) {
            e = env_on(v, t);
        } else {
            double u = 1.0 - (double)(i - ngate + 1) / (double)nrel;
            e = eoff * u * u;
        }
        if (v->trem_depth > 0.0)
            e *= 1.0 - v->trem_depth * 0.5 * (1.0 - cos(2.0 * PI * v->trem_rate * t));
        tmp[i] = w * e * v->volume;
    }
    for (i = dsamp; dsamp > 0 && i < n + ntail; i++)
        tmp[i] += v->echo_fb * tmp[i - dsamp];

    buf_grow(out, start + n + ntail);
    for (i = 0; i < n + ntail; i++)
        out->d[start + i] += tmp[i];
    free(tmp);
}

double midi_freq(int m)
{
    return 440.0 * pow(2.0, (m - 69) / 12.0);
}

void render_def(const Def *df, Buf *out)
{
    long i;
    if (!df->is_track) {
        int l;
        for (l = 0; l < df->nlayers; l++) {
            const Voice *v = &df->layers[l];
            render_voice(v, v->f0, v->f1, (long)floor(v->at * SR + 0.5), out);
        }
    } else {
        double step_s = 60.0 / (df->tempo * df->steps);
        long total = 0, loopn;
        int vi;
        for (vi = 0; vi < df->nvoices; vi++) {
            const TVoice *tv = &df->voices[vi];
            long e;
            if (tv->pos > total) total = tv->pos;
            for (e = 0; e < tv->nev; e++) {
                const Event *ev = &tv->ev[e];
                Voice v = tv->inst;
                double f = midi_freq(ev->midi);
                long s0 = (long)floor(ev->step * step_s * SR + 0.5);
                v.len = ev->len * step_s * v.gate;
                v.volume *= tv->vol;
                v.seed = tv->inst.seed ^ (uint32_t)(vi * 7919 + e * 104729 + 1);
                render_voice(&v, f, f * (v.f1 / v.f0), s0, out);
            }
        }
        loopn = (long)floor(total * step_s * SR + 0.5);
        buf_grow(out, loopn);
        if (df->loop && loopn > 0) {
            for (i = loopn; i < out->n; i++)
                out->d[i % loopn] += out->d[i];
            out->n = loopn;
        }
    }
    if (!(df->is_track && df->loop)) {
        long fin = SR * 15 / 10000, fout = SR * 5 / 1000;
        for (i = 0; i < fin && i < out->n; i++)
            out->d[i] *= (double)i / fin;
        for (i = 0; i < fout && i < out->n; i++)
            out->d[out->n - 1 - i] *= (double)i / fout;
    }
    {
        double mx = 0.0, g;
        for (i = 0; i < out->n; i++)
            if (fabs(out->d[i]) > mx) mx = fabs(out->d[i]);
        g = mx > 0.0 ? df->peak / mx : 0.0;
        for (i = 0; i < out->n; i++)
            out->d[i] *= g;
    }
}

static void put_u32(unsigned char *p, uint32_t v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)((v >> 8) & 0xff);
    p[2] = (unsigned char)((v >> 16) & 0xff);
    p[3] = (unsigned char)((v >> 24) & 0xff);
}

static void put_u16(unsigned char *p, unsigned v)
{
    p[0] = (unsigned char)(v & 0xff);
    p[1] = (unsigned char)((v >> 8) & 0xff);
}

void write_wav(const char *path, const Buf *b)
{
    unsigned char h[44];
    unsigned char *pcm;
    uint32_t bytes = (uint32_t)b->n * 2u;
    long i;
    FILE *f;

    memcpy(h, "RIFF", 4);
    put_u32(h + 4, 36u + bytes);
    memcpy(h + 8, "WAVEfmt ", 8);
    put_u32(h + 16, 16);
    put_u16(h + 20, 1); /* PCM */
    put_u16(h + 22, 1); /* mono */
    put_u32(h + 24, SR);
    put_u32(h + 28, SR * 2);
    put_u16(h + 32, 2);  /* block align */
    put_u16(h + 34, 16); /* bits */
    memcpy(h + 36, "data", 4);
    put_u32(h + 40, bytes);

    pcm = xrealloc(NULL, bytes);
    for (i = 0; i < b->n; i++) {
        double x = floor(b->d[i] * 32767.0 + 0.5);
        int s = x > 32767.0 ? 32767 : x < -32768.0 ? -32768 : (int)x;
        put_u16(pcm + 2 * i, (unsigned)s & 0xffffu);
    }
    f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: cannot open for writing\n", path);
        exit(1);
    }
    if (fwrite(h, 1, 44, f) != 44 || fwrite(pcm, 1, bytes, f) != bytes || fclose(f) != 0) {
        fprintf(stderr, "%s: write error\n", path);
        exit(1);
    }
    free(pcm);
}

/* --------------------------------------------------------------- parser */
