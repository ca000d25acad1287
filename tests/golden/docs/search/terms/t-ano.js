sitrepSearchData("terms/t-ano",{"another":"QNXd8"});
