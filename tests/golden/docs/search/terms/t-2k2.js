sitrepSearchData("terms/t-2k2",{"2k22":"XXR36","2k22m":"QNXdgDFVm6","2k22m1":"XXR36"});
