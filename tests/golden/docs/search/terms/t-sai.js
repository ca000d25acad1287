sitrepSearchData("terms/t-sai",{"said":"QNXdx8xxE5y0"});
