;; softGradients (soft-gradients.ts) in WebAssembly SIMD: Scharr gradients of a plane blurred
;; by a 7-tap Gaussian (σ = 1, the analysis's re-blur), in one pass down the rows, four pixels
;; at a time. The JavaScript loop sums in double precision and rounds each stored value to
;; single precision; this one works in single precision throughout (as OpenCV does), so its
;; values differ from that loop's in the last bits (about 1e-6 of the value). Compiled to
;; src/wasm/soft-gradients.wasm.ts by scripts/build-wasm.mjs (wabt).
;;
;; soft(luma, width, height, gx, gy, mag, scratch): planes of width × height f32 at the given
;; addresses; scratch holds the 7 kernel taps (f32, at 0..27) and gets room for the rows in
;; flight from scratch + 32: 7 horizontally blurred rows and 3 blurred rows. Edges are
;; clamped for the blur; the gradients' one-pixel border is zero. Needs width, height ≥ 3.
(module
  (import "env" "memory" (memory 1))

  ;; One horizontally blurred value at column x, columns clamped to the row.
  (func $hpx (param $src i32) (param $width i32) (param $x i32) (param $k i32) (result f32)
    (local $t i32) (local $xx i32) (local $acc f32)
    (local.set $acc (f32.const 0))
    (local.set $t (i32.const 0))
    (loop $taps
      (local.set $xx (i32.sub (i32.add (local.get $x) (local.get $t)) (i32.const 3)))
      (if (i32.lt_s (local.get $xx) (i32.const 0)) (then (local.set $xx (i32.const 0))))
      (if (i32.ge_s (local.get $xx) (local.get $width))
        (then (local.set $xx (i32.sub (local.get $width) (i32.const 1)))))
      (local.set $acc (f32.add (local.get $acc)
        (f32.mul
          (f32.load (i32.add (local.get $k) (i32.shl (local.get $t) (i32.const 2))))
          (f32.load (i32.add (local.get $src) (i32.shl (local.get $xx) (i32.const 2)))))))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br_if $taps (i32.lt_u (local.get $t) (i32.const 7))))
    (local.get $acc))

  ;; The horizontal pass over one row: src → dst, `width` values.
  (func $hrow (param $src i32) (param $dst i32) (param $width i32) (param $k i32)
    (local $x i32) (local $end i32) (local $p i32)
    (local $k0 v128) (local $k1 v128) (local $k2 v128) (local $k3 v128)
    (local $k4 v128) (local $k5 v128) (local $k6 v128)
    (local.set $k0 (v128.load32_splat offset=0 (local.get $k)))
    (local.set $k1 (v128.load32_splat offset=4 (local.get $k)))
    (local.set $k2 (v128.load32_splat offset=8 (local.get $k)))
    (local.set $k3 (v128.load32_splat offset=12 (local.get $k)))
    (local.set $k4 (v128.load32_splat offset=16 (local.get $k)))
    (local.set $k5 (v128.load32_splat offset=20 (local.get $k)))
    (local.set $k6 (v128.load32_splat offset=24 (local.get $k)))
    ;; Four outputs at x need inputs x − 3 … x + 6, all inside the row while x + 4 ≤ width − 3.
    (local.set $end (i32.const 3))
    (if (i32.ge_s (local.get $width) (i32.const 10))
      (then (local.set $end (i32.add (i32.const 3)
        (i32.and (i32.sub (local.get $width) (i32.const 6)) (i32.const -4))))))
    (local.set $x (i32.const 0))
    (block $done (loop $left
      (br_if $done (i32.ge_u (local.get $x) (i32.const 3)))
      (br_if $done (i32.ge_u (local.get $x) (local.get $width)))
      (f32.store (i32.add (local.get $dst) (i32.shl (local.get $x) (i32.const 2)))
        (call $hpx (local.get $src) (local.get $width) (local.get $x) (local.get $k)))
      (local.set $x (i32.add (local.get $x) (i32.const 1)))
      (br $left)))
    (block $done (loop $mid
      (br_if $done (i32.ge_u (local.get $x) (local.get $end)))
      (local.set $p (i32.add (local.get $src) (i32.shl (i32.sub (local.get $x) (i32.const 3)) (i32.const 2))))
      (v128.store (i32.add (local.get $dst) (i32.shl (local.get $x) (i32.const 2)))
        (f32x4.add (f32x4.add (f32x4.add (f32x4.add (f32x4.add (f32x4.add
          (f32x4.mul (local.get $k0) (v128.load offset=0 (local.get $p)))
          (f32x4.mul (local.get $k1) (v128.load offset=4 (local.get $p))))
          (f32x4.mul (local.get $k2) (v128.load offset=8 (local.get $p))))
          (f32x4.mul (local.get $k3) (v128.load offset=12 (local.get $p))))
          (f32x4.mul (local.get $k4) (v128.load offset=16 (local.get $p))))
          (f32x4.mul (local.get $k5) (v128.load offset=20 (local.get $p))))
          (f32x4.mul (local.get $k6) (v128.load offset=24 (local.get $p)))))
      (local.set $x (i32.add (local.get $x) (i32.const 4)))
      (br $mid)))
    (block $done (loop $right
      (br_if $done (i32.ge_u (local.get $x) (local.get $width)))
      (f32.store (i32.add (local.get $dst) (i32.shl (local.get $x) (i32.const 2)))
        (call $hpx (local.get $src) (local.get $width) (local.get $x) (local.get $k)))
      (local.set $x (i32.add (local.get $x) (i32.const 1)))
      (br $right))))

  ;; The vertical pass: dst = Σ k[t] · row t, over `width` values, rows given by address.
  (func $vrow (param $r0 i32) (param $r1 i32) (param $r2 i32) (param $r3 i32)
      (param $r4 i32) (param $r5 i32) (param $r6 i32) (param $dst i32) (param $width i32)
      (param $k i32)
    (local $o i32) (local $end i32) (local $bytes i32)
    (local $k0 v128) (local $k1 v128) (local $k2 v128) (local $k3 v128)
    (local $k4 v128) (local $k5 v128) (local $k6 v128)
    (local.set $k0 (v128.load32_splat offset=0 (local.get $k)))
    (local.set $k1 (v128.load32_splat offset=4 (local.get $k)))
    (local.set $k2 (v128.load32_splat offset=8 (local.get $k)))
    (local.set $k3 (v128.load32_splat offset=12 (local.get $k)))
    (local.set $k4 (v128.load32_splat offset=16 (local.get $k)))
    (local.set $k5 (v128.load32_splat offset=20 (local.get $k)))
    (local.set $k6 (v128.load32_splat offset=24 (local.get $k)))
    (local.set $bytes (i32.shl (local.get $width) (i32.const 2)))
    (local.set $end (i32.and (local.get $bytes) (i32.const -16)))
    (block $done (loop $vec
      (br_if $done (i32.ge_u (local.get $o) (local.get $end)))
      (v128.store (i32.add (local.get $dst) (local.get $o))
        (f32x4.add (f32x4.add (f32x4.add (f32x4.add (f32x4.add (f32x4.add
          (f32x4.mul (local.get $k0) (v128.load (i32.add (local.get $r0) (local.get $o))))
          (f32x4.mul (local.get $k1) (v128.load (i32.add (local.get $r1) (local.get $o)))))
          (f32x4.mul (local.get $k2) (v128.load (i32.add (local.get $r2) (local.get $o)))))
          (f32x4.mul (local.get $k3) (v128.load (i32.add (local.get $r3) (local.get $o)))))
          (f32x4.mul (local.get $k4) (v128.load (i32.add (local.get $r4) (local.get $o)))))
          (f32x4.mul (local.get $k5) (v128.load (i32.add (local.get $r5) (local.get $o)))))
          (f32x4.mul (local.get $k6) (v128.load (i32.add (local.get $r6) (local.get $o))))))
      (local.set $o (i32.add (local.get $o) (i32.const 16)))
      (br $vec)))
    (block $done (loop $tail
      (br_if $done (i32.ge_u (local.get $o) (local.get $bytes)))
      (f32.store (i32.add (local.get $dst) (local.get $o))
        (f32.add (f32.add (f32.add (f32.add (f32.add (f32.add
          (f32.mul (f32.load offset=0 (local.get $k)) (f32.load (i32.add (local.get $r0) (local.get $o))))
          (f32.mul (f32.load offset=4 (local.get $k)) (f32.load (i32.add (local.get $r1) (local.get $o)))))
          (f32.mul (f32.load offset=8 (local.get $k)) (f32.load (i32.add (local.get $r2) (local.get $o)))))
          (f32.mul (f32.load offset=12 (local.get $k)) (f32.load (i32.add (local.get $r3) (local.get $o)))))
          (f32.mul (f32.load offset=16 (local.get $k)) (f32.load (i32.add (local.get $r4) (local.get $o)))))
          (f32.mul (f32.load offset=20 (local.get $k)) (f32.load (i32.add (local.get $r5) (local.get $o)))))
          (f32.mul (f32.load offset=24 (local.get $k)) (f32.load (i32.add (local.get $r6) (local.get $o))))))
      (local.set $o (i32.add (local.get $o) (i32.const 4)))
      (br $tail))))

  ;; Scharr gradients of the middle one of three blurred rows, into one row of gx, gy, mag.
  ;; dx = (3 (c − a) + 10 (f − d) + 3 (k − g)) / 32 and dy = (3 (g − a) + 10 (h − b) + 3 (k − c)) / 32
  ;; over the 3 × 3 neighbourhood a b c / d e f / g h k.
  (func $grad (param $up i32) (param $mid i32) (param $down i32)
      (param $gx i32) (param $gy i32) (param $mag i32) (param $width i32)
    (local $o i32) (local $end i32) (local $last i32)
    (local $dx v128) (local $dy v128) (local $sx f32) (local $sy f32)
    (local $three v128) (local $ten v128) (local $scale v128)
    (local.set $three (f32x4.splat (f32.const 3)))
    (local.set $ten (f32x4.splat (f32.const 10)))
    (local.set $scale (f32x4.splat (f32.const 0.03125)))
    ;; Byte offsets of columns 1 … width − 2; vectors while all of x − 1 … x + 4 are inside.
    (local.set $last (i32.shl (i32.sub (local.get $width) (i32.const 1)) (i32.const 2)))
    (local.set $o (i32.const 4))
    (local.set $end (i32.sub (local.get $last) (i32.const 16)))
    (block $done (loop $vec
      (br_if $done (i32.gt_s (local.get $o) (local.get $end)))
      (local.set $dx (f32x4.mul (f32x4.add (f32x4.add
        (f32x4.mul (local.get $three) (f32x4.sub
          (v128.load offset=4 (i32.add (local.get $up) (local.get $o)))
          (v128.load (i32.sub (i32.add (local.get $up) (local.get $o)) (i32.const 4)))))
        (f32x4.mul (local.get $ten) (f32x4.sub
          (v128.load offset=4 (i32.add (local.get $mid) (local.get $o)))
          (v128.load (i32.sub (i32.add (local.get $mid) (local.get $o)) (i32.const 4))))))
        (f32x4.mul (local.get $three) (f32x4.sub
          (v128.load offset=4 (i32.add (local.get $down) (local.get $o)))
          (v128.load (i32.sub (i32.add (local.get $down) (local.get $o)) (i32.const 4))))))
        (local.get $scale)))
      (local.set $dy (f32x4.mul (f32x4.add (f32x4.add
        (f32x4.mul (local.get $three) (f32x4.sub
          (v128.load (i32.sub (i32.add (local.get $down) (local.get $o)) (i32.const 4)))
          (v128.load (i32.sub (i32.add (local.get $up) (local.get $o)) (i32.const 4)))))
        (f32x4.mul (local.get $ten) (f32x4.sub
          (v128.load (i32.add (local.get $down) (local.get $o)))
          (v128.load (i32.add (local.get $up) (local.get $o))))))
        (f32x4.mul (local.get $three) (f32x4.sub
          (v128.load offset=4 (i32.add (local.get $down) (local.get $o)))
          (v128.load offset=4 (i32.add (local.get $up) (local.get $o))))))
        (local.get $scale)))
      (v128.store (i32.add (local.get $gx) (local.get $o)) (local.get $dx))
      (v128.store (i32.add (local.get $gy) (local.get $o)) (local.get $dy))
      (v128.store (i32.add (local.get $mag) (local.get $o))
        (f32x4.sqrt (f32x4.add
          (f32x4.mul (local.get $dx) (local.get $dx))
          (f32x4.mul (local.get $dy) (local.get $dy)))))
      (local.set $o (i32.add (local.get $o) (i32.const 16)))
      (br $vec)))
    (block $done (loop $tail
      (br_if $done (i32.ge_u (local.get $o) (local.get $last)))
      (local.set $sx (f32.mul (f32.add (f32.add
        (f32.mul (f32.const 3) (f32.sub
          (f32.load offset=4 (i32.add (local.get $up) (local.get $o)))
          (f32.load (i32.sub (i32.add (local.get $up) (local.get $o)) (i32.const 4)))))
        (f32.mul (f32.const 10) (f32.sub
          (f32.load offset=4 (i32.add (local.get $mid) (local.get $o)))
          (f32.load (i32.sub (i32.add (local.get $mid) (local.get $o)) (i32.const 4))))))
        (f32.mul (f32.const 3) (f32.sub
          (f32.load offset=4 (i32.add (local.get $down) (local.get $o)))
          (f32.load (i32.sub (i32.add (local.get $down) (local.get $o)) (i32.const 4))))))
        (f32.const 0.03125)))
      (local.set $sy (f32.mul (f32.add (f32.add
        (f32.mul (f32.const 3) (f32.sub
          (f32.load (i32.sub (i32.add (local.get $down) (local.get $o)) (i32.const 4)))
          (f32.load (i32.sub (i32.add (local.get $up) (local.get $o)) (i32.const 4)))))
        (f32.mul (f32.const 10) (f32.sub
          (f32.load (i32.add (local.get $down) (local.get $o)))
          (f32.load (i32.add (local.get $up) (local.get $o))))))
        (f32.mul (f32.const 3) (f32.sub
          (f32.load offset=4 (i32.add (local.get $down) (local.get $o)))
          (f32.load offset=4 (i32.add (local.get $up) (local.get $o))))))
        (f32.const 0.03125)))
      (f32.store (i32.add (local.get $gx) (local.get $o)) (local.get $sx))
      (f32.store (i32.add (local.get $gy) (local.get $o)) (local.get $sy))
      (f32.store (i32.add (local.get $mag) (local.get $o))
        (f32.sqrt (f32.add
          (f32.mul (local.get $sx) (local.get $sx))
          (f32.mul (local.get $sy) (local.get $sy)))))
      (local.set $o (i32.add (local.get $o) (i32.const 4)))
      (br $tail)))
    ;; The border columns.
    (f32.store (local.get $gx) (f32.const 0))
    (f32.store (local.get $gy) (f32.const 0))
    (f32.store (local.get $mag) (f32.const 0))
    (f32.store (i32.add (local.get $gx) (local.get $last)) (f32.const 0))
    (f32.store (i32.add (local.get $gy) (local.get $last)) (f32.const 0))
    (f32.store (i32.add (local.get $mag) (local.get $last)) (f32.const 0)))

  ;; Address of row y (clamped to 0 … height − 1) of the ring of 7 horizontally blurred rows.
  (func $passed (param $ring i32) (param $y i32) (param $height i32) (param $bytes i32) (result i32)
    (if (i32.lt_s (local.get $y) (i32.const 0)) (then (local.set $y (i32.const 0))))
    (if (i32.ge_s (local.get $y) (local.get $height))
      (then (local.set $y (i32.sub (local.get $height) (i32.const 1)))))
    (i32.add (local.get $ring) (i32.mul (i32.rem_u (local.get $y) (i32.const 7)) (local.get $bytes))))

  (func (export "soft") (param $luma i32) (param $width i32) (param $height i32)
      (param $gx i32) (param $gy i32) (param $mag i32) (param $scratch i32)
    (local $bytes i32) (local $ring i32) (local $blurred i32) (local $y i32) (local $next i32)
    (local $last i32) (local $row i32)
    (local.set $bytes (i32.shl (local.get $width) (i32.const 2)))
    (local.set $ring (i32.add (local.get $scratch) (i32.const 32)))
    (local.set $blurred (i32.add (local.get $ring) (i32.mul (local.get $bytes) (i32.const 7))))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $y) (local.get $height)))
      ;; The horizontal pass runs three rows ahead of the vertical one.
      (local.set $last (i32.add (local.get $y) (i32.const 3)))
      (if (i32.ge_u (local.get $last) (local.get $height))
        (then (local.set $last (i32.sub (local.get $height) (i32.const 1)))))
      (block $ahead (loop $more
        (br_if $ahead (i32.gt_u (local.get $next) (local.get $last)))
        (call $hrow
          (i32.add (local.get $luma) (i32.mul (local.get $next) (local.get $bytes)))
          (i32.add (local.get $ring) (i32.mul (i32.rem_u (local.get $next) (i32.const 7)) (local.get $bytes)))
          (local.get $width) (local.get $scratch))
        (local.set $next (i32.add (local.get $next) (i32.const 1)))
        (br $more)))
      (call $vrow
        (call $passed (local.get $ring) (i32.sub (local.get $y) (i32.const 3)) (local.get $height) (local.get $bytes))
        (call $passed (local.get $ring) (i32.sub (local.get $y) (i32.const 2)) (local.get $height) (local.get $bytes))
        (call $passed (local.get $ring) (i32.sub (local.get $y) (i32.const 1)) (local.get $height) (local.get $bytes))
        (call $passed (local.get $ring) (local.get $y) (local.get $height) (local.get $bytes))
        (call $passed (local.get $ring) (i32.add (local.get $y) (i32.const 1)) (local.get $height) (local.get $bytes))
        (call $passed (local.get $ring) (i32.add (local.get $y) (i32.const 2)) (local.get $height) (local.get $bytes))
        (call $passed (local.get $ring) (i32.add (local.get $y) (i32.const 3)) (local.get $height) (local.get $bytes))
        (i32.add (local.get $blurred) (i32.mul (i32.rem_u (local.get $y) (i32.const 3)) (local.get $bytes)))
        (local.get $width) (local.get $scratch))
      (if (i32.ge_u (local.get $y) (i32.const 2))
        (then
          (local.set $row (i32.mul (i32.sub (local.get $y) (i32.const 1)) (local.get $bytes)))
          (call $grad
            (i32.add (local.get $blurred) (i32.mul (i32.rem_u (i32.sub (local.get $y) (i32.const 2)) (i32.const 3)) (local.get $bytes)))
            (i32.add (local.get $blurred) (i32.mul (i32.rem_u (i32.sub (local.get $y) (i32.const 1)) (i32.const 3)) (local.get $bytes)))
            (i32.add (local.get $blurred) (i32.mul (i32.rem_u (local.get $y) (i32.const 3)) (local.get $bytes)))
            (i32.add (local.get $gx) (local.get $row))
            (i32.add (local.get $gy) (local.get $row))
            (i32.add (local.get $mag) (local.get $row))
            (local.get $width))))
      (local.set $y (i32.add (local.get $y) (i32.const 1)))
      (br $rows)))
    ;; The border rows.
    (memory.fill (local.get $gx) (i32.const 0) (local.get $bytes))
    (memory.fill (local.get $gy) (i32.const 0) (local.get $bytes))
    (memory.fill (local.get $mag) (i32.const 0) (local.get $bytes))
    (local.set $row (i32.mul (i32.sub (local.get $height) (i32.const 1)) (local.get $bytes)))
    (memory.fill (i32.add (local.get $gx) (local.get $row)) (i32.const 0) (local.get $bytes))
    (memory.fill (i32.add (local.get $gy) (local.get $row)) (i32.const 0) (local.get $bytes))
    (memory.fill (i32.add (local.get $mag) (local.get $row)) (i32.const 0) (local.get $bytes)))
)
