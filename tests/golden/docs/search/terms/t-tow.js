sitrepSearchData("terms/t-tow",{"towering":"NRB88","town":"NXDc8zTY68","towns":"QNXd8"});
