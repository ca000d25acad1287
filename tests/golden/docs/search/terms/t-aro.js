sitrepSearchData("terms/t-aro",{"around":"JzHi8ANVmx8zZ-apy_P28"});
