sitrepSearchData("terms/t-hug",{"huge":"QNXdo"});
