sitrepSearchData("terms/t-equ",{"equip":"QNXd8","equipment":"QNXd8xxE58GEK48"});
