import { Link } from "../app.tsx";

export function HomePage() {
  return (
    <section className="home">
      <h1>无锡市三级行政服务体系</h1>
      <p>市、县(市、区)、乡镇(街道)三级行政服务中心,一门受理、限时办结。</p>
      <div className="tiles">
        <Link to="/guide" className="tile">
          <strong>办事指南</strong>
          <span>查询事项的申报条件、材料、期限和收费,来之前一次看清</span>
        </Link>
        <Link to="/status" className="tile">
          <strong>办件进度查询</strong>
          <span>凭受理通知书上的办件编号和查询码</span>
        </Link>
        <Link to="/login" className="tile">
          <strong>工作人员登录</strong>
          <span>窗口、部门、中心管理、代办员工作台</span>
        </Link>
      </div>
    </section>
  );
}
