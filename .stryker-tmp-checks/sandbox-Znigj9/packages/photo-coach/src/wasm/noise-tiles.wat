;; The tile sums of estimateNoise (estimate-noise.ts) in WebAssembly SIMD, four pixels at a
;; time: for every 16 × 16 tile, the sum of |mask ∗ I| with Immerkær's mask
;; [1 −2 1; −2 4 −2; 1 −2 1], and the sum of the pixels (for the tile's mean level). In single
;; precision (the JavaScript loop sums in double precision): the sums differ from its by
;; about 1e-6 of the sum. Compiled to src/wasm/noise-tiles.wasm.ts by scripts/build-wasm.mjs.
;;
;; tiles(plane, width, tilesX, tilesY, acc, out): tiles start at column and row 1 (the mask
;; needs a neighbour on each side); `acc` is scratch for one row of tiles (32 bytes a tile);
;; `out` receives, tile by tile (row-major), the f32 sum of |mask ∗ I| and the f32 sum of the
;; pixels.
(module
  (import "env" "memory" (memory 1))

  (func (export "tiles") (param $plane i32) (param $width i32) (param $tilesX i32)
      (param $tilesY i32) (param $acc i32) (param $out i32)
    (local $stride i32) (local $ty i32) (local $r i32) (local $tx i32) (local $c i32)
    (local $mid i32) (local $up i32) (local $down i32) (local $p i32) (local $at i32)
    (local $s v128) (local $m v128) (local $e v128) (local $v v128)
    (local.set $stride (i32.shl (local.get $width) (i32.const 2)))
    (block $done_ty (loop $each_ty
      (br_if $done_ty (i32.ge_u (local.get $ty) (local.get $tilesY)))
      (memory.fill (local.get $acc) (i32.const 0) (i32.shl (local.get $tilesX) (i32.const 5)))
      (local.set $r (i32.const 0))
      (block $done_r (loop $each_r
        (br_if $done_r (i32.ge_u (local.get $r) (i32.const 16)))
        ;; Row y = 1 + 16 ty + r, from column 1.
        (local.set $mid (i32.add (i32.add (local.get $plane) (i32.const 4))
          (i32.mul (i32.add (i32.add (i32.const 1) (i32.shl (local.get $ty) (i32.const 4))) (local.get $r))
            (local.get $stride))))
        (local.set $up (i32.sub (local.get $mid) (local.get $stride)))
        (local.set $down (i32.add (local.get $mid) (local.get $stride)))
        (local.set $p (i32.const 0))
        (local.set $tx (i32.const 0))
        (block $done_tx (loop $each_tx
          (br_if $done_tx (i32.ge_u (local.get $tx) (local.get $tilesX)))
          (local.set $at (i32.add (local.get $acc) (i32.shl (local.get $tx) (i32.const 5))))
          (local.set $s (v128.load (local.get $at)))
          (local.set $m (v128.load offset=16 (local.get $at)))
          (local.set $c (i32.const 0))
          (loop $each_c
            ;; a b c / d e f / g h k around four pixels: (a + c + g + k) − 2 (b + d + f + h) + 4 e
            (local.set $e (v128.load (i32.add (local.get $mid) (local.get $p))))
            (local.set $v (f32x4.add
              (f32x4.sub
                (f32x4.add
                  (f32x4.add
                    (v128.load (i32.sub (i32.add (local.get $up) (local.get $p)) (i32.const 4)))
                    (v128.load offset=4 (i32.add (local.get $up) (local.get $p))))
                  (f32x4.add
                    (v128.load (i32.sub (i32.add (local.get $down) (local.get $p)) (i32.const 4)))
                    (v128.load offset=4 (i32.add (local.get $down) (local.get $p)))))
                (f32x4.mul (f32x4.splat (f32.const 2))
                  (f32x4.add
                    (f32x4.add
                      (v128.load (i32.add (local.get $up) (local.get $p)))
                      (v128.load (i32.sub (i32.add (local.get $mid) (local.get $p)) (i32.const 4))))
                    (f32x4.add
                      (v128.load offset=4 (i32.add (local.get $mid) (local.get $p)))
                      (v128.load (i32.add (local.get $down) (local.get $p)))))))
              (f32x4.mul (f32x4.splat (f32.const 4)) (local.get $e))))
            (local.set $s (f32x4.add (local.get $s) (f32x4.abs (local.get $v))))
            (local.set $m (f32x4.add (local.get $m) (local.get $e)))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (local.set $c (i32.add (local.get $c) (i32.const 1)))
            (br_if $each_c (i32.lt_u (local.get $c) (i32.const 4))))
          (v128.store (local.get $at) (local.get $s))
          (v128.store offset=16 (local.get $at) (local.get $m))
          (local.set $tx (i32.add (local.get $tx) (i32.const 1)))
          (br $each_tx)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $each_r)))
      ;; The row of tiles' sums, lanes added.
      (local.set $tx (i32.const 0))
      (block $done_out (loop $each_out
        (br_if $done_out (i32.ge_u (local.get $tx) (local.get $tilesX)))
        (local.set $at (i32.add (local.get $acc) (i32.shl (local.get $tx) (i32.const 5))))
        (local.set $s (v128.load (local.get $at)))
        (local.set $m (v128.load offset=16 (local.get $at)))
        (f32.store (local.get $out)
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $s)) (f32x4.extract_lane 1 (local.get $s)))
            (f32.add (f32x4.extract_lane 2 (local.get $s)) (f32x4.extract_lane 3 (local.get $s)))))
        (f32.store offset=4 (local.get $out)
          (f32.add
            (f32.add (f32x4.extract_lane 0 (local.get $m)) (f32x4.extract_lane 1 (local.get $m)))
            (f32.add (f32x4.extract_lane 2 (local.get $m)) (f32x4.extract_lane 3 (local.get $m)))))
        (local.set $out (i32.add (local.get $out) (i32.const 8)))
        (local.set $tx (i32.add (local.get $tx) (i32.const 1)))
        (br $each_out)))
      (local.set $ty (i32.add (local.get $ty) (i32.const 1)))
      (br $each_ty)))))
