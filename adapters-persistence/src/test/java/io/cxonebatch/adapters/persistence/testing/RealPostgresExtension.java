package io.cxonebatch.adapters.persistence.testing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Gives a test class a fresh database on the real test PostgreSQL ({@link TestPostgres}), migrated with the
 * project's Flyway scripts unless {@link RealPostgres#migrated()} says otherwise.
 *
 * <p>Register it with {@link RealPostgres} (or {@code @ExtendWith(RealPostgresExtension.class)}, which gives
 * a migrated database). It then resolves parameters of type {@link DataSource} and {@link TestDatabase} in
 * constructors, test methods and lifecycle methods, and fills fields annotated {@link InjectDatabase}.
 *
 * <p>The database belongs to the top-level test class: its constructor calls, fields, methods and
 * {@code @Nested} classes all see the same one, and it is dropped when the class has run. Tests in one class
 * therefore must not rely on each other's data; a test that needs a database of its own calls
 * {@link TestPostgres#newDatabase()} (and closes it).
 */
public final class RealPostgresExtension implements BeforeAllCallback, TestInstancePostProcessor, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RealPostgresExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        injectFields(context.getRequiredTestClass(), null, context, field -> Modifier.isStatic(field.getModifiers()));
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        injectFields(testInstance.getClass(), testInstance, context, field -> !Modifier.isStatic(field.getModifiers()));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return injectable(parameterContext.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return valueFor(parameterContext.getParameter().getType(), database(extensionContext));
    }

    private static void injectFields(
            Class<?> testClass, @Nullable Object testInstance, ExtensionContext context, Predicate<Field> which) {
        for (Field field : AnnotationSupport.findAnnotatedFields(
                testClass, InjectDatabase.class, which, HierarchyTraversalMode.TOP_DOWN)) {
            if (!injectable(field.getType()) || Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException("@InjectDatabase field " + field
                        + " must be a non-final DataSource or TestDatabase");
            }
            try {
                field.setAccessible(true);
                field.set(testInstance, valueFor(field.getType(), database(context)));
            } catch (IllegalAccessException e) {
                throw new ExtensionConfigurationException("cannot set @InjectDatabase field " + field, e);
            }
        }
    }

    private static boolean injectable(Class<?> type) {
        return type == DataSource.class || type == TestDatabase.class;
    }

    private static Object valueFor(Class<?> type, TestDatabase database) {
        return type == TestDatabase.class ? database : database.dataSource();
    }

    private static TestDatabase database(ExtensionContext context) {
        ExtensionContext classContext = topLevelClassContext(context);
        boolean migrated = AnnotationSupport.findAnnotation(classContext.getRequiredTestClass(), RealPostgres.class)
                .map(RealPostgres::migrated)
                .orElse(true);
        // The store closes the database (dropping it) when the class is done.
        return classContext.getStore(NAMESPACE).computeIfAbsent(TestDatabase.class,
                key -> migrated ? TestPostgres.newDatabase() : TestPostgres.newUnmigratedDatabase(),
                TestDatabase.class);
    }

    /** The context of the outermost test class: the one right below the engine's root context. */
    private static ExtensionContext topLevelClassContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getParent().flatMap(ExtensionContext::getParent).isPresent()) {
            current = current.getParent().orElseThrow();
        }
        return current;
    }
}
