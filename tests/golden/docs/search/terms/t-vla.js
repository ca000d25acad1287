sitrepSearchData("terms/t-vla",{"vladimir":"QNXd8CLj2WUi8yMSb8COB22","vladimirovich":"QUH02"});
