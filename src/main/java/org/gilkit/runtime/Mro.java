package org.gilkit.runtime;

import java.util.ArrayList;
import java.util.List;

/** C3 linearization (CPython's mro_implementation) and the best-base (layout) rule. */
final class Mro {
    private Mro() {}

    /** The C3 MRO of a type with the given bases; raises TypeError when there is none. */
    static PyType[] compute(PyType t, PyType[] bases) {
        if (bases.length == 0) return new PyType[] {t};
        if (bases.length == 1) {
            PyType[] b = bases[0].mro();
            PyType[] r = new PyType[b.length + 1];
            r[0] = t;
            System.arraycopy(b, 0, r, 1, b.length);
            return r;
        }
        checkDuplicates(bases);
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) seqs.add(new ArrayList<>(List.of(b.mro())));
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) return result.toArray(new PyType[0]);
            PyType head = findHead(seqs);
            if (head == null) throw inconsistent(seqs);
            result.add(head);
            for (List<PyType> s : seqs) if (s.get(0) == head) s.remove(0);
        }
    }

    private static PyType findHead(List<List<PyType>> seqs) {
        for (List<PyType> s : seqs) {
            PyType cand = s.get(0);
            boolean inTail = false;
            for (List<PyType> o : seqs) {
                if (o.indexOf(cand) > 0) {
                    inTail = true;
                    break;
                }
            }
            if (!inTail) return cand;
        }
        return null;
    }

    private static void checkDuplicates(PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) throw Errors.typeError("duplicate base class " + bases[i].name());
            }
        }
    }

    private static PyException inconsistent(List<List<PyType>> seqs) {
        List<String> names = new ArrayList<>();
        for (List<PyType> s : seqs) {
            String n = s.get(0).name();
            if (!names.contains(n)) names.add(n);
        }
        return Errors.typeError("Cannot create a consistent method resolution order (MRO) for bases "
                + String.join(", ", names));
    }

    /** The base whose layout every other base's layout is an ancestor of (CPython's best_base). */
    static PyType bestBase(PyType[] bases) {
        PyType best = null;
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = b.solidBase();
            if (winner == null || candidate.isSubtypeOf(winner)) {
                winner = candidate;
                best = b;
            } else if (!winner.isSubtypeOf(candidate)) {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }
}
