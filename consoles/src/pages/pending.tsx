export function PendingPage({ title, what }: { title: string; what: string }) {
  return (
    <section className="card">
      <h1>{title}</h1>
      <p className="empty">
        本页面({what})所依赖的接口正在开发中,接口合并后即在此上线。
      </p>
    </section>
  );
}
