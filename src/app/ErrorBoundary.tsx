import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorScreen } from './ErrorScreen';

type Props = { children: ReactNode };
type State = { failed: boolean };

/**
 * Catches a crash in any screen and shows a calm message instead. PRIVACY: the error is not
 * logged or shown, because its message or stack may quote what the person wrote.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Intentionally silent: see the PRIVACY note above.
  }

  override render() {
    return this.state.failed ? <ErrorScreen /> : this.props.children;
  }
}
