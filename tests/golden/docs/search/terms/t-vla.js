sitrepSearchData("terms/t-vla",{"vladimir":"FFSl8yFVt8FAWe2zHKt8COB22","vladimirovich":"QUH02"});
