interface FormAlertProps {
  messages: readonly string[];
}

/** The messages about a form as a whole, read out as soon as they appear. */
export function FormAlert({ messages }: FormAlertProps) {
  return (
    <div className="form-alert" role="alert">
      {messages.length > 0 && (
        <div className="notice notice--error">
          {messages.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
    </div>
  );
}
