//! The encoder's network (Universal Sentence Encoder multilingual v3, as
//! extracted by scripts/gen_encoder.py): each piece's embedding goes through
//! three convolutions over 2, 3 and 5 pieces; the pieces' features are
//! summed and projected, then a small feed-forward net gives a unit vector
//! of 512 dimensions. Sentences of the same meaning in any of its languages
//! land close together.

use std::collections::HashMap;

pub const DIM: usize = 512;
const CNN: usize = 256;
const CHUNKS: usize = 17;
/// (n-gram order, pieces to the left) of the three convolution branches.
const ORDERS: [(usize, usize); 3] = [(2, 0), (3, 1), (5, 2)];
const FEATURES: usize = DIM + ORDERS.len() * CNN;

/// A weight matrix, row-major.
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f32>,
}

impl Matrix {
    /// `xs · self` for `n` row vectors `xs` (n x rows, row-major), a block
    /// of rows at a time: each weight row is read once per block and applied
    /// to every row of it. Each output row is summed in the same order
    /// whatever the batch, so a word's vector does not depend on which
    /// words it was computed with (a blocked product for large batches
    /// beside this loop for small ones made it, and reported cosines, vary
    /// with what the thread had cached).
    fn batch_product(&self, xs: &[f32], n: usize) -> Vec<f32> {
        assert_eq!(xs.len(), n * self.rows);
        assert_eq!(self.data.len(), self.rows * self.cols);
        let mut out = vec![0.0f32; n * self.cols];
        for (x, o) in xs
            .chunks(BLOCK_ROWS * self.rows)
            .zip(out.chunks_mut(BLOCK_ROWS * self.cols))
        {
            self.block_product(x, x.len() / self.rows, o);
        }
        out
    }
}

/// Rows of a block: their outputs stay in the first- and second-level
/// caches while the weights stream past once.
const BLOCK_ROWS: usize = 16;

impl Matrix {
    fn block_product(&self, xs: &[f32], n: usize, out: &mut [f32]) {
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx512f") {
            // SAFETY: the CPU has the feature, checked just above
            unsafe { self.block_product_avx512(xs, n, out) };
            return;
        }
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") && std::is_x86_feature_detected!("fma") {
            // SAFETY: the CPU has both features, checked just above
            unsafe { self.block_product_fma(xs, n, out) };
            return;
        }
        self.block_product_with(xs, n, out, |x, w, o| x * w + o);
    }

    /// The same loop, compiled for AVX2 with fused multiply-adds.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,fma")]
    unsafe fn block_product_fma(&self, xs: &[f32], n: usize, out: &mut [f32]) {
        self.block_product_with(xs, n, out, f32::mul_add);
    }

    /// The same loop, sixteen lanes wide where the CPU has AVX-512.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx512f,avx2,fma")]
    unsafe fn block_product_avx512(&self, xs: &[f32], n: usize, out: &mut [f32]) {
        self.block_product_with(xs, n, out, f32::mul_add);
    }

    #[inline(always)]
    fn block_product_with(
        &self,
        xs: &[f32],
        n: usize,
        out: &mut [f32],
        fma: impl Fn(f32, f32, f32) -> f32,
    ) {
        let (rows, cols) = (self.rows, self.cols);
        // four weight rows at a time: each output is loaded and stored once
        // for four products (every matrix here has a multiple of four rows)
        let mut k = 0;
        while k + 4 <= rows {
            let w = &self.data[k * cols..(k + 4) * cols];
            let (w0, rest) = w.split_at(cols);
            let (w1, rest) = rest.split_at(cols);
            let (w2, w3) = rest.split_at(cols);
            for (t, o) in out.chunks_exact_mut(cols).enumerate().take(n) {
                let x = &xs[t * rows + k..t * rows + k + 4];
                for ((((o, &a), &b), &c), &d) in o.iter_mut().zip(w0).zip(w1).zip(w2).zip(w3) {
                    *o = fma(x[3], d, fma(x[2], c, fma(x[1], b, fma(x[0], a, *o))));
                }
            }
            k += 4;
        }
        for k in k..rows {
            let row = &self.data[k * cols..(k + 1) * cols];
            for (t, o) in out.chunks_exact_mut(cols).enumerate().take(n) {
                let x = xs[t * rows + k];
                for (o, &w) in o.iter_mut().zip(row) {
                    *o = fma(x, w, *o);
                }
            }
        }
    }
}

struct Branch {
    order: usize,
    left: usize,
    w1: Matrix,
    b1: Vec<f32>,
    w2: Matrix,
    b2: Vec<f32>,
}

pub struct Network {
    /// 6-bit codes of the embedding table, four to three bytes, row-major.
    table: &'static [u8],
    rows: usize,
    /// Per chunk (piece id mod 17): value = code * scale + lo.
    scale: Vec<f32>,
    lo: Vec<f32>,
    proj: Matrix,
    proj_b: Vec<f32>,
    proj_ln: (Vec<f32>, Vec<f32>),
    branches: Vec<Branch>,
    ln: (Vec<f32>, Vec<f32>),
    cnn_w: Matrix,
    cnn_b: Vec<f32>,
    d0: Matrix,
    d1: Matrix,
    p1: Matrix,
    d2: Matrix,
    p3: Matrix,
    d3: Matrix,
    eps: f32,
}

/// One tensor of the file: its shape, and its bytes.
pub struct Tensor {
    pub kind: u8,
    pub shape: Vec<usize>,
    pub data: &'static [u8],
}

impl Network {
    pub fn new(mut tensors: HashMap<String, Tensor>) -> Result<Network, String> {
        let mut take = |name: &str| {
            tensors
                .remove(name)
                .ok_or_else(|| format!("tensor {name} missing"))
        };
        fn floats(t: &Tensor) -> Result<Vec<f32>, String> {
            if t.kind != 0 {
                return Err("expected f32".into());
            }
            Ok(t.data
                .chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect())
        }
        fn matrix(t: Tensor, rows: usize, cols: usize) -> Result<Matrix, String> {
            if t.shape != [rows, cols] {
                return Err(format!("shape {:?}, expected [{rows}, {cols}]", t.shape));
            }
            Ok(Matrix {
                rows,
                cols,
                data: floats(&t)?,
            })
        }
        let vector = |t: Tensor, n: usize| -> Result<Vec<f32>, String> {
            let v = floats(&t)?;
            if v.len() != n {
                return Err(format!("length {}, expected {n}", v.len()));
            }
            Ok(v)
        };
        let table = take("table")?;
        if table.kind != 1 || table.shape.len() != 2 || table.shape[1] != DIM {
            return Err("embedding table: expected 6-bit codes of 512 columns".into());
        }
        let rows = table.shape[0];
        if table.data.len() != rows * DIM * 3 / 4 {
            return Err("embedding table: truncated".into());
        }
        let mut proj = Vec::new();
        let mut proj_b = Vec::new();
        let (mut ln_g, mut ln_b) = (Vec::new(), Vec::new());
        let mut branches = Vec::new();
        for (order, left) in ORDERS {
            let p = matrix(take(&format!("proj{order}"))?, DIM, CNN)?;
            proj.push(p);
            proj_b.extend(vector(take(&format!("proj_b{order}"))?, CNN)?);
            ln_g.extend(vector(take(&format!("ln_g{order}"))?, CNN)?);
            ln_b.extend(vector(take(&format!("ln_b{order}"))?, CNN)?);
            branches.push(Branch {
                order,
                left,
                w1: matrix(take(&format!("w1_{order}"))?, order * CNN, CNN)?,
                b1: vector(take(&format!("b1_{order}"))?, CNN)?,
                w2: matrix(take(&format!("w2_{order}"))?, order * CNN, CNN)?,
                b2: vector(take(&format!("b2_{order}"))?, CNN)?,
            });
        }
        // the three projections side by side: one 512 x 768 product
        let mut joined = Vec::with_capacity(DIM * 3 * CNN);
        for r in 0..DIM {
            for p in &proj {
                joined.extend_from_slice(&p.data[r * CNN..(r + 1) * CNN]);
            }
        }
        let eps = floats(&take("eps")?)?;
        Ok(Network {
            table: table.data,
            rows,
            scale: vector(take("scale")?, CHUNKS)?,
            lo: vector(take("lo")?, CHUNKS)?,
            proj: Matrix {
                rows: DIM,
                cols: 3 * CNN,
                data: joined,
            },
            proj_b,
            proj_ln: (ln_g, ln_b),
            branches,
            ln: (
                vector(take("ln_g")?, FEATURES)?,
                vector(take("ln_b")?, FEATURES)?,
            ),
            cnn_w: matrix(take("cnn_W")?, FEATURES, DIM)?,
            cnn_b: vector(take("cnn_b")?, DIM)?,
            d0: matrix(take("d0")?, DIM, 320)?,
            d1: matrix(take("d1")?, 320, 320)?,
            p1: matrix(take("p1")?, DIM, 320)?,
            d2: matrix(take("d2")?, 320, DIM)?,
            p3: matrix(take("p3")?, 320, DIM)?,
            d3: matrix(take("d3")?, DIM, DIM)?,
            eps: eps.first().copied().ok_or("eps missing")?,
        })
    }

    /// The embedding row of a piece.
    fn embedding(&self, id: u32, out: &mut [f32]) {
        let id = (id as usize).min(self.rows - 1);
        let chunk = id % CHUNKS;
        let (scale, lo) = (self.scale[chunk], self.lo[chunk]);
        let bytes = &self.table[id * DIM * 3 / 4..(id + 1) * DIM * 3 / 4];
        for (four, b) in out.chunks_exact_mut(4).zip(bytes.chunks_exact(3)) {
            let v = u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16;
            for (k, o) in four.iter_mut().enumerate() {
                *o = ((v >> (6 * k)) & 63) as f32 * scale + lo;
            }
        }
    }

    /// The unit vectors of several texts given as piece ids (each with `<s>`
    /// and `</s>`). The pieces of all texts go through each weight matrix
    /// together: a matrix is read from memory once per batch, not once per
    /// piece, which is what a short text spends its time on.
    pub fn embed_batch(&self, texts: &[Vec<u32>]) -> Vec<Vec<f32>> {
        let ids: Vec<u32> = texts.iter().flatten().copied().collect();
        let n = ids.len();
        // which text each piece belongs to
        let mut text_of = Vec::with_capacity(n);
        for (k, t) in texts.iter().enumerate() {
            text_of.extend(std::iter::repeat_n(k, t.len()));
        }
        let mut emb = vec![0.0f32; n * DIM];
        for (t, &id) in ids.iter().enumerate() {
            self.embedding(id, &mut emb[t * DIM..(t + 1) * DIM]);
        }
        let mut projected = self.proj.batch_product(&emb, n);
        for row in projected.chunks_exact_mut(3 * CNN) {
            add(row, &self.proj_b);
            layer_norm(row, &self.proj_ln.0, &self.proj_ln.1, self.eps);
        }
        let mut feats = vec![0.0f32; n * FEATURES];
        for t in 0..n {
            feats[t * FEATURES..t * FEATURES + DIM].copy_from_slice(&emb[t * DIM..(t + 1) * DIM]);
        }
        drop(emb);
        for (i, branch) in self.branches.iter().enumerate() {
            let xs: Vec<f32> = projected
                .chunks_exact(3 * CNN)
                .flat_map(|row| row[i * CNN..(i + 1) * CNN].iter().copied())
                .collect();
            let h = convolve(branch, &xs, &text_of, &branch.w1, &branch.b1);
            let c = convolve(branch, &h, &text_of, &branch.w2, &branch.b2);
            for t in 0..n {
                let at = t * FEATURES + DIM + i * CNN;
                feats[at..at + CNN].copy_from_slice(&c[t * CNN..(t + 1) * CNN]);
            }
        }
        let mut sums = vec![0.0f32; texts.len() * FEATURES];
        for t in 0..n {
            let row = &mut feats[t * FEATURES..(t + 1) * FEATURES];
            layer_norm(row, &self.ln.0, &self.ln.1, self.eps);
            let sum = &mut sums[text_of[t] * FEATURES..(text_of[t] + 1) * FEATURES];
            for (s, v) in sum.iter_mut().zip(row.iter()) {
                *s += v;
            }
        }
        // the projection is linear: project the sums, not each piece
        let mut mean = self.cnn_w.batch_product(&sums, texts.len());
        for (k, row) in mean.chunks_exact_mut(DIM).enumerate() {
            let len = texts[k].len() as f32;
            for (m, b) in row.iter_mut().zip(&self.cnn_b) {
                *m = (*m + len * b) / len.sqrt();
            }
        }
        let rows = texts.len();
        let y0 = relu(self.d0.batch_product(&mean, rows));
        let mut y1 = self.p1.batch_product(&mean, rows);
        add(&mut y1, &self.d1.batch_product(&y0, rows));
        let y1 = relu(y1);
        let y2 = relu(self.d2.batch_product(&y1, rows));
        let mut z = self.p3.batch_product(&y1, rows);
        add(&mut z, &self.d3.batch_product(&y2, rows));
        z.chunks_exact(DIM)
            .map(|row| {
                let mut v: Vec<f32> = row.iter().map(|x| x.tanh()).collect();
                let norm = v.iter().map(|x| x * x).sum::<f32>().max(self.eps).sqrt();
                for x in v.iter_mut() {
                    *x /= norm;
                }
                v
            })
            .collect()
    }
}

/// One convolution with a residual over the pieces of a batch: for each
/// piece, its window of `order` inputs (zeros beyond its own text) through
/// `w`, `b`, ReLU, plus itself. `xs`: one row of 256 per piece.
fn convolve(branch: &Branch, xs: &[f32], text_of: &[usize], w: &Matrix, b: &[f32]) -> Vec<f32> {
    let n = text_of.len();
    let width = branch.order * CNN;
    let mut windows = vec![0.0f32; n * width];
    for t in 0..n {
        for k in 0..branch.order {
            let p = (t + k)
                .checked_sub(branch.left)
                .filter(|&p| p < n && text_of[p] == text_of[t]);
            if let Some(p) = p {
                windows[t * width + k * CNN..t * width + (k + 1) * CNN]
                    .copy_from_slice(&xs[p * CNN..(p + 1) * CNN]);
            }
        }
    }
    let mut out = w.batch_product(&windows, n);
    for (t, row) in out.chunks_exact_mut(CNN).enumerate() {
        for ((o, b), x) in row.iter_mut().zip(b).zip(&xs[t * CNN..(t + 1) * CNN]) {
            *o = (*o + b).max(0.0) + x;
        }
    }
    out
}

fn add(to: &mut [f32], v: &[f32]) {
    for (a, b) in to.iter_mut().zip(v) {
        *a += b;
    }
}

fn relu(mut v: Vec<f32>) -> Vec<f32> {
    for x in v.iter_mut() {
        *x = x.max(0.0);
    }
    v
}

fn layer_norm(x: &mut [f32], gamma: &[f32], beta: &[f32], eps: f32) {
    let n = x.len() as f32;
    let mean = x.iter().sum::<f32>() / n;
    let var = x.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / n;
    let inv = 1.0 / (var + eps).sqrt();
    for ((v, g), b) in x.iter_mut().zip(gamma).zip(beta) {
        *v = (*v - mean) * inv * g + b;
    }
}
