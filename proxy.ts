import { NextResponse, type NextRequest } from "next/server";
import { guardRequest } from "@/lib/request-guard";

export function proxy(request: NextRequest) {
  const rejection = guardRequest(request.method, request.nextUrl);
  if (rejection) return new NextResponse(null, { status: rejection.status, headers: rejection.headers });
  return NextResponse.next();
}
