;; The 4 × 4 block average of makeWorkingImage (make-working-image.ts) in WebAssembly SIMD:
;; the same results, to the last bit, as its JavaScript loop (`blocksOf4`), in about a third
;; of the time. Compiled to src/wasm/blocks-of-4.wasm.ts by scripts/build-wasm.mjs (wabt).
;;
;; blocks4(src, width, rows, r, g, b, luma, w, stats, first): `src` holds 4 × rows rows of
;; `width` RGBA pixels; `rows` rows of `w` f32 values are written to each plane from the
;; address given for it: red, green, blue (each the mean of a 4 × 4 block, 0–255) and luma
;; (0.299 r + 0.587 g + 0.114 b, summed in double precision and rounded to single precision,
;; as JavaScript computes it before storing into a Float32Array).
;;
;; Where `stats` is not 0, the statistics of working-stats.ts are gathered on the way, to the
;; last bit as its JavaScript loop gathers them (`first` is the plane index of the first value
;; written): at stats + 0 the shades-of-grey sums (f64 red, green, blue), added in index order;
;; at + 24 their count (i32); at + 32 the table of linear^6 of each level (256 f64); at + 2080
;; the luma histogram, four-way interleaved (bin × 4 + slot, 1024 u32; the slot differs from
;; the JavaScript loop's, the sum over slots does not).
;;
;; Per four blocks: 16 bytes from each of the four rows are widened to 16-bit lanes and
;; summed (a block's sum is at most 16 × 255 = 4080), the two pixel pairs of each block added,
;; the four blocks' sums gathered into a red, a green and a blue vector, converted to f32 and
;; scaled by 1/16 (exact: a power of two).
(module
  (import "env" "memory" (memory 1))

  (func (export "blocks4") (param $src i32) (param $width i32) (param $rows i32)
      (param $r i32) (param $g i32) (param $b i32) (param $luma i32) (param $w i32)
      (param $stats i32) (param $first i32)
    (local $stride i32) (local $row i32) (local $oy i32) (local $ox i32) (local $w4 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32) (local $q i32)
    (local $v0 v128) (local $v1 v128) (local $v2 v128) (local $v3 v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $t01 v128) (local $t23 v128) (local $rg v128) (local $ba v128)
    (local $R v128) (local $G v128) (local $B v128) (local $Rh v128) (local $Gh v128) (local $Bh v128)
    (local $fr f32) (local $fg f32) (local $fb f32) (local $fl f32) (local $L v128) (local $f v128)
    (local $bins v128) (local $ok v128) (local $at i32) (local $hist i32) (local $rowFirst i32)
    (local $sumR f64) (local $sumG f64) (local $sumB f64) (local $count i32)
    (local.set $stride (i32.shl (local.get $width) (i32.const 2)))
    (local.set $row (i32.shl (local.get $w) (i32.const 2)))
    (local.set $w4 (i32.and (local.get $w) (i32.const -4)))
    (if (local.get $stats) (then
      (local.set $hist (i32.add (local.get $stats) (i32.const 2080)))
      (local.set $sumR (f64.load offset=0 (local.get $stats)))
      (local.set $sumG (f64.load offset=8 (local.get $stats)))
      (local.set $sumB (f64.load offset=16 (local.get $stats)))
      (local.set $count (i32.load offset=24 (local.get $stats)))))
    (block $done_rows
      (loop $rows_loop
        (br_if $done_rows (i32.ge_u (local.get $oy) (local.get $rows)))
        (local.set $p0 (i32.add (local.get $src) (i32.mul (local.get $oy) (i32.shl (local.get $stride) (i32.const 2)))))
        (local.set $p1 (i32.add (local.get $p0) (local.get $stride)))
        (local.set $p2 (i32.add (local.get $p1) (local.get $stride)))
        (local.set $p3 (i32.add (local.get $p2) (local.get $stride)))
        (local.set $q (i32.mul (local.get $oy) (local.get $row)))
        (local.set $ox (i32.const 0))
        (local.set $rowFirst (i32.add (local.get $first) (i32.mul (local.get $oy) (local.get $w))))
        (block $done4
          (loop $cols4
            (br_if $done4 (i32.ge_u (local.get $ox) (local.get $w4)))

            (local.set $v0 (v128.load offset=0 (local.get $p0)))
            (local.set $v1 (v128.load offset=0 (local.get $p1)))
            (local.set $v2 (v128.load offset=0 (local.get $p2)))
            (local.set $v3 (v128.load offset=0 (local.get $p3)))
            (local.set $s0 (i16x8.add
              (i16x8.add
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v0)) (i16x8.extend_low_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v2)) (i16x8.extend_low_i8x16_u (local.get $v3))))
              (i16x8.add
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v0)) (i16x8.extend_high_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v2)) (i16x8.extend_high_i8x16_u (local.get $v3))))))

            (local.set $v0 (v128.load offset=16 (local.get $p0)))
            (local.set $v1 (v128.load offset=16 (local.get $p1)))
            (local.set $v2 (v128.load offset=16 (local.get $p2)))
            (local.set $v3 (v128.load offset=16 (local.get $p3)))
            (local.set $s1 (i16x8.add
              (i16x8.add
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v0)) (i16x8.extend_low_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v2)) (i16x8.extend_low_i8x16_u (local.get $v3))))
              (i16x8.add
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v0)) (i16x8.extend_high_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v2)) (i16x8.extend_high_i8x16_u (local.get $v3))))))

            (local.set $v0 (v128.load offset=32 (local.get $p0)))
            (local.set $v1 (v128.load offset=32 (local.get $p1)))
            (local.set $v2 (v128.load offset=32 (local.get $p2)))
            (local.set $v3 (v128.load offset=32 (local.get $p3)))
            (local.set $s2 (i16x8.add
              (i16x8.add
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v0)) (i16x8.extend_low_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v2)) (i16x8.extend_low_i8x16_u (local.get $v3))))
              (i16x8.add
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v0)) (i16x8.extend_high_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v2)) (i16x8.extend_high_i8x16_u (local.get $v3))))))

            (local.set $v0 (v128.load offset=48 (local.get $p0)))
            (local.set $v1 (v128.load offset=48 (local.get $p1)))
            (local.set $v2 (v128.load offset=48 (local.get $p2)))
            (local.set $v3 (v128.load offset=48 (local.get $p3)))
            (local.set $s3 (i16x8.add
              (i16x8.add
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v0)) (i16x8.extend_low_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v2)) (i16x8.extend_low_i8x16_u (local.get $v3))))
              (i16x8.add
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v0)) (i16x8.extend_high_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v2)) (i16x8.extend_high_i8x16_u (local.get $v3))))))
            (local.set $t01 (i16x8.add
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $s0) (local.get $s1))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $s0) (local.get $s1))))
            (local.set $t23 (i16x8.add
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $s2) (local.get $s3))
              (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $s2) (local.get $s3))))
            (local.set $rg (i8x16.shuffle 0 1 8 9 16 17 24 25 2 3 10 11 18 19 26 27 (local.get $t01) (local.get $t23)))
            (local.set $ba (i8x16.shuffle 4 5 12 13 20 21 28 29 6 7 14 15 22 23 30 31 (local.get $t01) (local.get $t23)))
            (local.set $R (f32x4.mul (f32x4.convert_i32x4_u (i32x4.extend_low_i16x8_u (local.get $rg))) (f32x4.splat (f32.const 0.0625))))
            (local.set $G (f32x4.mul (f32x4.convert_i32x4_u (i32x4.extend_high_i16x8_u (local.get $rg))) (f32x4.splat (f32.const 0.0625))))
            (local.set $B (f32x4.mul (f32x4.convert_i32x4_u (i32x4.extend_low_i16x8_u (local.get $ba))) (f32x4.splat (f32.const 0.0625))))
            (v128.store (i32.add (local.get $r) (local.get $q)) (local.get $R))
            (v128.store (i32.add (local.get $g) (local.get $q)) (local.get $G))
            (v128.store (i32.add (local.get $b) (local.get $q)) (local.get $B))
            ;; luma = 0.299 r + 0.587 g + 0.114 b in double precision, rounded to single (as in JS)
            (local.set $Rh (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $R) (local.get $R)))
            (local.set $Gh (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $G) (local.get $G)))
            (local.set $Bh (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $B) (local.get $B)))
            (local.set $L
              (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                (f32x4.demote_f64x2_zero (f64x2.add (f64x2.add
                  (f64x2.mul (f64x2.splat (f64.const 0.299)) (f64x2.promote_low_f32x4 (local.get $R)))
                  (f64x2.mul (f64x2.splat (f64.const 0.587)) (f64x2.promote_low_f32x4 (local.get $G))))
                  (f64x2.mul (f64x2.splat (f64.const 0.114)) (f64x2.promote_low_f32x4 (local.get $B)))))
                (f32x4.demote_f64x2_zero (f64x2.add (f64x2.add
                  (f64x2.mul (f64x2.splat (f64.const 0.299)) (f64x2.promote_low_f32x4 (local.get $Rh)))
                  (f64x2.mul (f64x2.splat (f64.const 0.587)) (f64x2.promote_low_f32x4 (local.get $Gh))))
                  (f64x2.mul (f64x2.splat (f64.const 0.114)) (f64x2.promote_low_f32x4 (local.get $Bh)))))))
            (v128.store (i32.add (local.get $luma) (local.get $q)) (local.get $L))
            (if (local.get $stats) (then
              ;; Luma histogram: bin (l + 0.5) | 0 as in JavaScript (in double precision), slot = lane.
              (local.set $bins (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
                (i32x4.trunc_sat_f64x2_s_zero (f64x2.add (f64x2.promote_low_f32x4 (local.get $L)) (f64x2.splat (f64.const 0.5))))
                (i32x4.trunc_sat_f64x2_s_zero (f64x2.add (f64x2.promote_low_f32x4
                  (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $L) (local.get $L)))
                  (f64x2.splat (f64.const 0.5))))))
              (local.set $at (i32.add (local.get $hist) (i32.or (i32.shl (i32x4.extract_lane 0 (local.get $bins)) (i32.const 4)) (i32.const 0))))
              (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
              (local.set $at (i32.add (local.get $hist) (i32.or (i32.shl (i32x4.extract_lane 1 (local.get $bins)) (i32.const 4)) (i32.const 4))))
              (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
              (local.set $at (i32.add (local.get $hist) (i32.or (i32.shl (i32x4.extract_lane 2 (local.get $bins)) (i32.const 4)) (i32.const 8))))
              (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
              (local.set $at (i32.add (local.get $hist) (i32.or (i32.shl (i32x4.extract_lane 3 (local.get $bins)) (i32.const 4)) (i32.const 12))))
              (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
              ;; Shades of grey over the pixels at even indices that are not clipped or near black.
              (local.set $ok (v128.and
                (v128.and (f32x4.lt (local.get $R) (f32x4.splat (f32.const 250)))
                  (f32x4.lt (local.get $G) (f32x4.splat (f32.const 250))))
                (v128.and (f32x4.lt (local.get $B) (f32x4.splat (f32.const 250)))
                  (f32x4.ge (f32x4.add (f32x4.add (local.get $R) (local.get $G)) (local.get $B))
                    (f32x4.splat (f32.const 45))))))
              (if (i32.and (i32.add (local.get $rowFirst) (local.get $ox)) (i32.const 1))
                (then
                  (if (i32x4.extract_lane 1 (local.get $ok)) (then
                (local.set $sumR (f64.add (local.get $sumR) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 1 (local.get $R))) (i32.const 3))))))
                (local.set $sumG (f64.add (local.get $sumG) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 1 (local.get $G))) (i32.const 3))))))
                (local.set $sumB (f64.add (local.get $sumB) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 1 (local.get $B))) (i32.const 3))))))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))
                  (if (i32x4.extract_lane 3 (local.get $ok)) (then
                (local.set $sumR (f64.add (local.get $sumR) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 3 (local.get $R))) (i32.const 3))))))
                (local.set $sumG (f64.add (local.get $sumG) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 3 (local.get $G))) (i32.const 3))))))
                (local.set $sumB (f64.add (local.get $sumB) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 3 (local.get $B))) (i32.const 3))))))
                (local.set $count (i32.add (local.get $count) (i32.const 1))))))
                (else
                  (if (i32x4.extract_lane 0 (local.get $ok)) (then
                (local.set $sumR (f64.add (local.get $sumR) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 0 (local.get $R))) (i32.const 3))))))
                (local.set $sumG (f64.add (local.get $sumG) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 0 (local.get $G))) (i32.const 3))))))
                (local.set $sumB (f64.add (local.get $sumB) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 0 (local.get $B))) (i32.const 3))))))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))
                  (if (i32x4.extract_lane 2 (local.get $ok)) (then
                (local.set $sumR (f64.add (local.get $sumR) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 2 (local.get $R))) (i32.const 3))))))
                (local.set $sumG (f64.add (local.get $sumG) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 2 (local.get $G))) (i32.const 3))))))
                (local.set $sumB (f64.add (local.get $sumB) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (f32x4.extract_lane 2 (local.get $B))) (i32.const 3))))))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))))))
            (local.set $p0 (i32.add (local.get $p0) (i32.const 64)))
            (local.set $p1 (i32.add (local.get $p1) (i32.const 64)))
            (local.set $p2 (i32.add (local.get $p2) (i32.const 64)))
            (local.set $p3 (i32.add (local.get $p3) (i32.const 64)))
            (local.set $q (i32.add (local.get $q) (i32.const 16)))
            (local.set $ox (i32.add (local.get $ox) (i32.const 4)))
            (br $cols4)))
        ;; the last w mod 4 blocks, one at a time
        (block $done1
          (loop $cols1
            (br_if $done1 (i32.ge_u (local.get $ox) (local.get $w)))

            (local.set $v0 (v128.load offset=0 (local.get $p0)))
            (local.set $v1 (v128.load offset=0 (local.get $p1)))
            (local.set $v2 (v128.load offset=0 (local.get $p2)))
            (local.set $v3 (v128.load offset=0 (local.get $p3)))
            (local.set $s0 (i16x8.add
              (i16x8.add
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v0)) (i16x8.extend_low_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_low_i8x16_u (local.get $v2)) (i16x8.extend_low_i8x16_u (local.get $v3))))
              (i16x8.add
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v0)) (i16x8.extend_high_i8x16_u (local.get $v1)))
                (i16x8.add (i16x8.extend_high_i8x16_u (local.get $v2)) (i16x8.extend_high_i8x16_u (local.get $v3))))))
            (local.set $s0 (i16x8.add (local.get $s0)
              (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $s0) (local.get $s0))))
            (local.set $f (f32x4.mul
              (f32x4.convert_i32x4_u (i32x4.extend_low_i16x8_u (local.get $s0)))
              (f32x4.splat (f32.const 0.0625))))
            (local.set $fr (f32x4.extract_lane 0 (local.get $f)))
            (local.set $fg (f32x4.extract_lane 1 (local.get $f)))
            (local.set $fb (f32x4.extract_lane 2 (local.get $f)))
            (f32.store (i32.add (local.get $r) (local.get $q)) (local.get $fr))
            (f32.store (i32.add (local.get $g) (local.get $q)) (local.get $fg))
            (f32.store (i32.add (local.get $b) (local.get $q)) (local.get $fb))
            (local.set $fl
              (f32.demote_f64 (f64.add (f64.add
                (f64.mul (f64.const 0.299) (f64.promote_f32 (local.get $fr)))
                (f64.mul (f64.const 0.587) (f64.promote_f32 (local.get $fg))))
                (f64.mul (f64.const 0.114) (f64.promote_f32 (local.get $fb))))))
            (f32.store (i32.add (local.get $luma) (local.get $q)) (local.get $fl))
            (if (local.get $stats) (then
              (local.set $at (i32.add (local.get $hist)
                (i32.or (i32.shl (i32.trunc_f64_s (f64.add (f64.promote_f32 (local.get $fl)) (f64.const 0.5))) (i32.const 4))
                  (i32.shl (i32.and (local.get $ox) (i32.const 3)) (i32.const 2)))))
              (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
              (if (i32.eqz (i32.and (i32.add (local.get $rowFirst) (local.get $ox)) (i32.const 1))) (then
                (if (f32.lt (local.get $fr) (f32.const 250)) (then
                (if (f32.lt (local.get $fg) (f32.const 250)) (then
                (if (f32.lt (local.get $fb) (f32.const 250)) (then
                (if (f32.ge (f32.add (f32.add (local.get $fr) (local.get $fg)) (local.get $fb)) (f32.const 45)) (then
                (local.set $sumR (f64.add (local.get $sumR) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (local.get $fr)) (i32.const 3))))))
                (local.set $sumG (f64.add (local.get $sumG) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (local.get $fg)) (i32.const 3))))))
                (local.set $sumB (f64.add (local.get $sumB) (f64.load offset=32 (i32.add (local.get $stats) (i32.shl (i32.trunc_f32_u (local.get $fb)) (i32.const 3))))))
                (local.set $count (i32.add (local.get $count) (i32.const 1)))))))))))))))
            (local.set $p0 (i32.add (local.get $p0) (i32.const 16)))
            (local.set $p1 (i32.add (local.get $p1) (i32.const 16)))
            (local.set $p2 (i32.add (local.get $p2) (i32.const 16)))
            (local.set $p3 (i32.add (local.get $p3) (i32.const 16)))
            (local.set $q (i32.add (local.get $q) (i32.const 4)))
            (local.set $ox (i32.add (local.get $ox) (i32.const 1)))
            (br $cols1)))
        (local.set $oy (i32.add (local.get $oy) (i32.const 1)))
        (br $rows_loop)))
    (if (local.get $stats) (then
      (f64.store offset=0 (local.get $stats) (local.get $sumR))
      (f64.store offset=8 (local.get $stats) (local.get $sumG))
      (f64.store offset=16 (local.get $stats) (local.get $sumB))
      (i32.store offset=24 (local.get $stats) (local.get $count)))))
)
