package org.whistle;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Work done after a commit (telling callers, and other listeners of module events) runs on the
 * application's task pool, whose queue is bounded (spring.task.execution.pool). When the queue is
 * full the thread that published the event runs the listener itself: intake slows down rather
 * than piling up work that nobody sees. Nothing is lost either way: the event publication
 * registry keeps each publication until its listener has completed.
 */
@Configuration(proxyBeanMethods = false)
class AsyncWork {

	@Bean
	ThreadPoolTaskExecutorCustomizer callerRunsWhenFull() {
		return executor -> executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
	}
}
