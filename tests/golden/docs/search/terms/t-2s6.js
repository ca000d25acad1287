sitrepSearchData("terms/t-2s6",{"2s6":"XXR36","2s6m":"QNXdgDFVm6","2s6m1":"XXR36"});
