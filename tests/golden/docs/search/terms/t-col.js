sitrepSearchData("terms/t-col",{"col":"RPzi8DBRl2","collapse":"NRB88","collapsing":"QNXd8","colonel":"YUV78","column":"QNXd8"});
