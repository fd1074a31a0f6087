package org.jianbao.template;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data visible at a tag: the current section element first, then the enclosing ones, then the root.
 * A dotted path finds its first name in the innermost scope that has it, then walks down from there.
 */
record Scope(Object value, Scope parent) {

    /** The outcome of a lookup: found (the value may be null), or missing at {@code missing} (a path prefix). */
    record Lookup(boolean found, Object value, String missing) {
        static Lookup found(Object value) {
            return new Lookup(true, value, null);
        }
    }

    private static final Object ABSENT = new Object();
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };
    private static final Method NO_METHOD;

    static {
        try {
            NO_METHOD = Object.class.getMethod("hashCode");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Scope root(Object data) {
        return new Scope(data, null);
    }

    Scope push(Object element) {
        return new Scope(element, this);
    }

    Lookup find(List<String> path) {
        if (path.isEmpty()) {
            return Lookup.found(value);
        }
        String first = path.get(0);
        for (Scope s = this; s != null; s = s.parent) {
            Object v = property(s.value, first);
            if (v != ABSENT) {
                return walk(v, path);
            }
        }
        return new Lookup(false, null, first);
    }

    private static Lookup walk(Object start, List<String> path) {
        Object v = start;
        for (int i = 1; i < path.size(); i++) {
            if (v == null) {
                return new Lookup(false, null, String.join(".", path.subList(0, i)) + " (null)");
            }
            v = property(v, path.get(i));
            if (v == ABSENT) {
                return new Lookup(false, null, String.join(".", path.subList(0, i + 1)));
            }
        }
        return Lookup.found(v);
    }

    /** A map key, a list index, a record component or a bean getter; ABSENT when there is none. */
    private static Object property(Object owner, String name) {
        if (owner == null) {
            return ABSENT;
        }
        if (owner instanceof Map<?, ?> map) {
            Object v = map.get(name);
            return v != null || map.containsKey(name) ? v : ABSENT;
        }
        if (owner instanceof List<?> list) {
            if (name.chars().allMatch(Character::isDigit) && name.length() < 9) {
                int i = Integer.parseInt(name);
                return i < list.size() ? list.get(i) : ABSENT;
            }
            return name.equals("size") ? list.size() : ABSENT;
        }
        if (owner instanceof CharSequence || owner instanceof Number || owner instanceof Boolean) {
            return ABSENT;
        }
        Method m = ACCESSORS.get(owner.getClass()).computeIfAbsent(name, n -> accessor(owner.getClass(), n));
        if (m == NO_METHOD) {
            return ABSENT;
        }
        try {
            return m.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("reading " + name + " of " + owner.getClass().getSimpleName()
                    + " failed: " + e.getCause());
        }
    }

    private static Method accessor(Class<?> type, String name) {
        try {
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getName().equals(name)) {
                        return accessible(c.getAccessor());
                    }
                }
                return NO_METHOD;
            }
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : List.of("get" + cap, "is" + cap)) {
                try {
                    Method m = type.getMethod(candidate);
                    if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class) {
                        return accessible(m);
                    }
                } catch (NoSuchMethodException e) {
                    // try the next form
                }
            }
            return NO_METHOD;
        } catch (RuntimeException e) {
            return NO_METHOD;
        }
    }

    private static Method accessible(Method m) {
        try {
            m.setAccessible(true);
        } catch (RuntimeException e) {
            // a public method of a public type works without
        }
        return m;
    }
}
